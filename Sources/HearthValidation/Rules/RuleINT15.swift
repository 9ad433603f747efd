import Hearth
import HearthReturns

/// INT15: the date of birth in the OC3 table must match the child's Header date of birth (checked where both are valid dates).
struct RuleINT15: ValidationRule {
    let code = "INT15"
    let explanation = "The date of birth on this OC3 row differs from the child's date of birth in the Header. Correct whichever is wrong so they match."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithDifferentBirthDate(in: .oc3) }
}
