import Hearth
import HearthReturns

/// 115: the date of the decision to place for adoption, when given, must be a valid date.
struct Rule115: ValidationRule {
    let code = "115"
    let explanation = "DATE_PLACED in the PlacedAdoption table is not a real dd/mm/yyyy date. Enter the date of the decision or leave it blank."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.placedAdoption)
        let t_DATE_PLACED = context.column(.placedAdoption, "DATE_PLACED")
        let t_DATE_PLACED_d = context.dates(.placedAdoption, "DATE_PLACED")
        return t.hits { (!t_DATE_PLACED[$0].isEmpty && t_DATE_PLACED_d[$0] == nil) }
    }
}
