import Hearth
import HearthReturns

/// INT16: the date of birth in the PrevPerm table must match the child's Header date of birth (checked where both are valid dates).
struct RuleINT16: ValidationRule {
    let code = "INT16"
    let explanation = "The date of birth on this PrevPerm row differs from the child's date of birth in the Header. Correct whichever is wrong so they match."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsWithDifferentBirthDate(in: .prevPerm) }
}
