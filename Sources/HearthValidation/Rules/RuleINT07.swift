import Hearth
import HearthReturns

/// INT07: every child in the PrevPerm table must have a Header row (the same CHILD identifier).
struct RuleINT07: ValidationRule {
    let code = "INT07"
    let explanation = "This PrevPerm row is for a child with no Header row. Add the child's Header record, or correct the CHILD identifier so it matches."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithoutHeader(in: .prevPerm) }
}
