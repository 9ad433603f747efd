import Hearth
import HearthReturns

/// 116: the date of the decision that a child should no longer be placed for adoption, when given, must be a valid date.
struct Rule116: ValidationRule {
    let code = "116"
    let explanation = "DATE_PLACED_CEASED in the PlacedAdoption table is not a real dd/mm/yyyy date. Enter the date the plan for adoption was reversed, or leave it blank."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.placedAdoption)
        let t_DATE_PLACED_CEASED = context.column(.placedAdoption, "DATE_PLACED_CEASED")
        let t_DATE_PLACED_CEASED_d = context.dates(.placedAdoption, "DATE_PLACED_CEASED")
        return t.hits { (!t_DATE_PLACED_CEASED[$0].isEmpty && t_DATE_PLACED_CEASED_d[$0] == nil) }
    }
}
