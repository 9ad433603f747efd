import Hearth
import HearthReturns

/// 116: the date of the decision that a child should no longer be placed for adoption, when given, must be a valid date.
struct Rule116: ValidationRule {
    let code = "116"
    let explanation = "DATE_PLACED_CEASED in the PlacedAdoption table is not a real dd/mm/yyyy date. Enter the date the plan for adoption was reversed, or leave it blank."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.placedAdoption)
        return t.hits { context.isInvalidDate(t[$0, "DATE_PLACED_CEASED"]) }
    }
}
