import Hearth
import HearthReturns

/// INT18: the date of birth in the UASC table must match the child's Header date of birth (checked where both are valid dates).
struct RuleINT18: ValidationRule {
    let code = "INT18"
    let explanation = "The date of birth on this UASC row differs from the child's date of birth in the Header. Correct whichever is wrong so they match."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithDifferentBirthDate(in: .uasc) }
}
