import Hearth
import HearthReturns

/// 118: the date a child should no longer be placed for adoption must not be before 1 April or before the start of the child's earliest episode that is not a short break (V3/V4); flags both rows.
struct Rule118: ValidationRule {
    let code = "118"
    let explanation = "DATE_PLACED_CEASED in the PlacedAdoption table must be within the collection year and on or after the start of the child's first (non short-break) episode. Correct the date, or the episode start date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let pa = context.table(.placedAdoption)
        let e_LS = context.column(.episodes, "LS")
        let e_DECOM_d = context.dates(.episodes, "DECOM")
        let pa_DATE_PLACED_CEASED_d = context.dates(.placedAdoption, "DATE_PLACED_CEASED")
        let paByChild = pa.rowsByChild()
        var out: [RuleHit] = []
        for (child, rows) in context.episodesByChild {
            guard let paRows = paByChild[child] else { continue }
            guard let first = rows.first(where: { e_LS[$0] != "V3" && e_LS[$0] != "V4" && e_DECOM_d[$0] != nil }),
                  let decom = e_DECOM_d[first] else { continue }
            for p in paRows {
                guard let ceased = pa_DATE_PLACED_CEASED_d[p] else { continue }
                if ceased < decom || ceased < context.collectionStart {
                    out.append(RuleHit(.episodes, row: first)); out.append(RuleHit(.placedAdoption, row: p))
                }
            }
        }
        return out
    }
}
