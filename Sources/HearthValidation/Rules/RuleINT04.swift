import Hearth
import HearthReturns

/// INT04: every child in the Missing table must have a Header row (the same CHILD identifier).
struct RuleINT04: ValidationRule {
    let code = "INT04"
    let explanation = "This Missing row is for a child with no Header row. Add the child's Header record, or correct the CHILD identifier so it matches."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithoutHeader(in: .missing) }
}
