import Hearth
import HearthReturns

/// 556: the decision that the child should be placed for adoption must be on or before the
/// freeing order was granted: each D1 episode starting before a DATE_PLACED of the child is flagged.
struct Rule556: ValidationRule {
    let code = "556"
    let explanation = "A freeing order (legal status D1) can only follow the decision that the child should be placed for adoption, so DATE_PLACED must be on or before the start of the D1 episode. Correct whichever date is wrong."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), pa = context.table(.placedAdoption)
        let paByChild = Batch3.rowsByChild(pa)
        return (0..<eps.count).compactMap { i in
            guard eps[i, "LS"] == "D1", let decom = context.date(eps[i, "DECOM"]) else { return nil }
            let later = (paByChild[eps[i, "CHILD"]] ?? []).contains { context.date(pa[$0, "DATE_PLACED"]).map { $0 > decom } ?? false }
            return later ? RuleHit(.episodes, row: i) : nil
        }
    }
}
