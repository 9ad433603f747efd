import Hearth
import HearthReturns

/// INT06: every child in the OC3 table must have a Header row (the same CHILD identifier).
struct RuleINT06: ValidationRule {
    let code = "INT06"
    let explanation = "This OC3 row is for a child with no Header row. Add the child's Header record, or correct the CHILD identifier so it matches."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithoutHeader(in: .oc3) }
}
