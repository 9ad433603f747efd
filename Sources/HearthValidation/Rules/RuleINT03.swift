import Hearth
import HearthReturns

/// INT03: every child in the Episodes table must have a Header row (the same CHILD identifier).
struct RuleINT03: ValidationRule {
    let code = "INT03"
    let explanation = "This Episodes row is for a child with no Header row. Add the child's Header record, or correct the CHILD identifier so it matches."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithoutHeader(in: .episodes) }
}
