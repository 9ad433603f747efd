import Hearth
import HearthReturns

/// 115: the date of the decision to place for adoption, when given, must be a valid date.
struct Rule115: ValidationRule {
    let code = "115"
    let explanation = "DATE_PLACED in the PlacedAdoption table is not a real dd/mm/yyyy date. Enter the date of the decision or leave it blank."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.placedAdoption)
        return t.hits { context.isInvalidDate(t[$0, "DATE_PLACED"]) }
    }
}
