import Hearth
import HearthReturns

/// INT09: every child in the UASC table must have a Header row (the same CHILD identifier).
struct RuleINT09: ValidationRule {
    let code = "INT09"
    let explanation = "This UASC row is for a child with no Header row. Add the child's Header record, or correct the CHILD identifier so it matches."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithoutHeader(in: .uasc) }
}
