import Hearth
import HearthReturns

/// INT14: the date of birth in the OC2 table must match the child's Header date of birth (checked where both are valid dates).
struct RuleINT14: ValidationRule {
    let code = "INT14"
    let explanation = "The date of birth on this OC2 row differs from the child's date of birth in the Header. Correct whichever is wrong so they match."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithDifferentBirthDate(in: .oc2) }
}
