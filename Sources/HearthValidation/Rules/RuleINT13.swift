import Hearth
import HearthReturns

/// INT13: the date of birth in the Missing table must match the child's Header date of birth (checked where both are valid dates).
struct RuleINT13: ValidationRule {
    let code = "INT13"
    let explanation = "The date of birth on this Missing row differs from the child's date of birth in the Header. Correct whichever is wrong so they match."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithDifferentBirthDate(in: .missing) }
}
