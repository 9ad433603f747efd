import Hearth
import HearthReturns

/// INT17: the date of birth in the Reviews table must match the child's Header date of birth (checked where both are valid dates).
struct RuleINT17: ValidationRule {
    let code = "INT17"
    let explanation = "The date of birth on this Reviews row differs from the child's date of birth in the Header. Correct whichever is wrong so they match."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithDifferentBirthDate(in: .reviews) }
}
