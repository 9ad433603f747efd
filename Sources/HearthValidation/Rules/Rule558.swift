import Hearth
import HearthReturns

/// 558: a child adopted this year (REC E11/E12) still has an open decision to be placed for
/// adoption: the episode is flagged when every one of the child's PlacedAdoption rows has a
/// DATE_PLACED_CEASED. (The reference tool only flags children with two or more such rows; see
/// docs/validation-differences-batch3.md.)
struct Rule558: ValidationRule {
    let code = "558"
    let explanation = "The child was adopted, so the decision that they should be placed for adoption did not end early: DATE_PLACED_CEASED of that decision must be blank. Clear it (an earlier, reversed decision can keep its ceased date)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), pa = context.table(.placedAdoption)
        let paByChild = Batch3.rowsByChild(pa)
        return (0..<eps.count).compactMap { i in
            guard ["E11", "E12"].contains(eps[i, "REC"]), let decisions = paByChild[eps[i, "CHILD"]],
                  decisions.allSatisfy({ !Batch3.blank(pa[$0, "DATE_PLACED_CEASED"]) }) else { return nil }
            return RuleHit(.episodes, row: i)
        }
    }
}
