import Hearth
import HearthReturns

/// INT12: the date of birth in the PlacedAdoption table must match the child's Header date of birth (checked where both are valid dates).
struct RuleINT12: ValidationRule {
    let code = "INT12"
    let explanation = "The date of birth on this PlacedAdoption row differs from the child's date of birth in the Header. Correct whichever is wrong so they match."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithDifferentBirthDate(in: .placedAdoption) }
}
