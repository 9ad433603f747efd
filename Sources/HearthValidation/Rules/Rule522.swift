import Hearth
import HearthReturns

/// 522: a decision that a child should be placed for adoption cannot cease before it was made.
struct Rule522: ValidationRule {
    let code = "522"
    let explanation = "DATE_PLACED_CEASED (when the decision to place for adoption was reversed) must be on or after DATE_PLACED (when it was made). Correct whichever date is wrong."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let pa = context.table(.placedAdoption)
        return (0..<pa.count).compactMap { i in
            guard let placed = context.date(pa[i, "DATE_PLACED"]), let ceased = context.date(pa[i, "DATE_PLACED_CEASED"]) else { return nil }
            return ceased < placed ? RuleHit(.placedAdoption, row: i) : nil
        }
    }
}
