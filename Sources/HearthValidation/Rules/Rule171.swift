import Hearth
import HearthReturns

/// 171: the date of birth of the mother's child, when given, must be a valid date.
struct Rule171: ValidationRule {
    let code = "171"
    let explanation = "MC_DOB in the Header table is not a real dd/mm/yyyy date. Enter the date of birth of the young woman's child, or leave it blank."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header)
        return h.hits { context.isInvalidDate(h[$0, "MC_DOB"]) }
    }
}
