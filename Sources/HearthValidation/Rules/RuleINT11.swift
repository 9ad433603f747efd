import Hearth
import HearthReturns

/// INT11: the date of birth in the AD1 table must match the child's Header date of birth (checked where both are valid dates).
struct RuleINT11: ValidationRule {
    let code = "INT11"
    let explanation = "The date of birth on this AD1 row differs from the child's date of birth in the Header. Correct whichever is wrong so they match."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithDifferentBirthDate(in: .ad1) }
}
