import Hearth
import HearthReturns

/// INT05: every child in the OC2 table must have a Header row (the same CHILD identifier).
struct RuleINT05: ValidationRule {
    let code = "INT05"
    let explanation = "This OC2 row is for a child with no Header row. Add the child's Header record, or correct the CHILD identifier so it matches."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithoutHeader(in: .oc2) }
}
