import Hearth
import HearthReturns

/// INT02: every child in the PlacedAdoption table must have a Header row (the same CHILD identifier).
struct RuleINT02: ValidationRule {
    let code = "INT02"
    let explanation = "This PlacedAdoption row is for a child with no Header row. Add the child's Header record, or correct the CHILD identifier so it matches."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithoutHeader(in: .placedAdoption) }
}
