import Hearth
import HearthReturns

/// 117: the dates a child should (or should no longer) be placed for adoption must not be after 31 March or after the end of the child's latest episode (ignoring X1 changes); flags both the episode and the PlacedAdoption row.
struct Rule117: ValidationRule {
    let code = "117"
    let explanation = "DATE_PLACED and DATE_PLACED_CEASED in the PlacedAdoption table must fall on or before 31 March of the collection year and on or before the date the child's latest episode ceased. Correct the decision dates or the episode end date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let pa = context.table(.placedAdoption)
        let e_REC = context.column(.episodes, "REC")
        let e_DEC_d = context.dates(.episodes, "DEC")
        let e_DECOM_d = context.dates(.episodes, "DECOM")
        let pa_DATE_PLACED = context.column(.placedAdoption, "DATE_PLACED")
        let pa_DATE_PLACED_CEASED = context.column(.placedAdoption, "DATE_PLACED_CEASED")
        let paByChild = pa.rowsByChild()
        var out: [RuleHit] = []
        for (child, paRows) in paByChild {
            guard let rows = context.episodesByChild[child] else { continue }
            // Latest start among episodes with a start date whose REC is not X1 (open ones included).
            var latest: Int?
            for r in rows where e_DECOM_d[r] != nil && e_REC[r] != "X1" {
                if let l = latest, e_DECOM_d[l]! >= e_DECOM_d[r]! { continue }
                latest = r
            }
            guard let ep = latest else { continue }
            let dec = e_DEC_d[ep]
            for p in paRows {
                let bad = [pa_DATE_PLACED[p], pa_DATE_PLACED_CEASED[p]].contains { text in
                    guard let d = context.date(text) else { return false }
                    return d > context.collectionEnd || (dec.map { d > $0 } ?? false)
                }
                if bad { out.append(RuleHit(.episodes, row: ep)); out.append(RuleHit(.placedAdoption, row: p)) }
            }
        }
        return out
    }
}
