import Hearth
import HearthReturns

/// 118: the date a child should no longer be placed for adoption must not be before 1 April or before the start of the child's earliest episode that is not a short break (V3/V4); flags both rows.
struct Rule118: ValidationRule {
    let code = "118"
    let explanation = "DATE_PLACED_CEASED in the PlacedAdoption table must be within the collection year and on or after the start of the child's first (non short-break) episode. Correct the date, or the episode start date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let e = context.table(.episodes), pa = context.table(.placedAdoption)
        let paByChild = pa.rowsByChild()
        var out: [RuleHit] = []
        for (child, rows) in context.episodesByChild {
            guard let paRows = paByChild[child] else { continue }
            guard let first = rows.first(where: { e[$0, "LS"] != "V3" && e[$0, "LS"] != "V4" && context.date(e[$0, "DECOM"]) != nil }),
                  let decom = context.date(e[first, "DECOM"]) else { continue }
            for p in paRows {
                guard let ceased = context.date(pa[p, "DATE_PLACED_CEASED"]) else { continue }
                if ceased < decom || ceased < context.collectionStart {
                    out.append(RuleHit(.episodes, row: first)); out.append(RuleHit(.placedAdoption, row: p))
                }
            }
        }
        return out
    }
}
