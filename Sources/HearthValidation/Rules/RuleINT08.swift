import Hearth
import HearthReturns

/// INT08: every child in the Reviews table must have a Header row (the same CHILD identifier).
struct RuleINT08: ValidationRule {
    let code = "INT08"
    let explanation = "This Reviews row is for a child with no Header row. Add the child's Header record, or correct the CHILD identifier so it matches."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithoutHeader(in: .reviews) }
}
