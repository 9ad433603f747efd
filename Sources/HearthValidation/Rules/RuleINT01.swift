import Hearth
import HearthReturns

/// INT01: every child in the AD1 table must have a Header row (the same CHILD identifier).
struct RuleINT01: ValidationRule {
    let code = "INT01"
    let explanation = "This AD1 row is for a child with no Header row. Add the child's Header record, or correct the CHILD identifier so it matches."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithoutHeader(in: .ad1) }
}
