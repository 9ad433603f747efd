import Hearth
import HearthReturns

/// 117: the dates a child should (or should no longer) be placed for adoption must not be after 31 March or after the end of the child's latest episode (ignoring X1 changes); flags both the episode and the PlacedAdoption row.
struct Rule117: ValidationRule {
    let code = "117"
    let explanation = "DATE_PLACED and DATE_PLACED_CEASED in the PlacedAdoption table must fall on or before 31 March of the collection year and on or before the date the child's latest episode ceased. Correct the decision dates or the episode end date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let e = context.table(.episodes), pa = context.table(.placedAdoption)
        let paByChild = pa.rowsByChild()
        var out: [RuleHit] = []
        for (child, rows) in context.episodesByChild {
            guard let paRows = paByChild[child] else { continue }
            // Latest start among episodes with a start date whose REC is not X1 (open ones included).
            var latest: Int?
            for r in rows where context.date(e[r, "DECOM"]) != nil && e[r, "REC"] != "X1" {
                if let l = latest, context.date(e[l, "DECOM"])! >= context.date(e[r, "DECOM"])! { continue }
                latest = r
            }
            guard let ep = latest else { continue }
            let dec = context.date(e[ep, "DEC"])
            for p in paRows {
                let bad = [pa[p, "DATE_PLACED"], pa[p, "DATE_PLACED_CEASED"]].contains { text in
                    guard let d = context.date(text) else { return false }
                    return d > context.collectionEnd || (dec.map { d > $0 } ?? false)
                }
                if bad { out.append(RuleHit(.episodes, row: ep)); out.append(RuleHit(.placedAdoption, row: p)) }
            }
        }
        return out
    }
}
