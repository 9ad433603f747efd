import Hearth
import HearthReturns

/// 119: a reversed adoption decision needs both its date and its reason, or neither.
struct Rule119: ValidationRule {
    let code = "119"
    let explanation = "DATE_PLACED_CEASED and REASON_PLACED_CEASED in the PlacedAdoption table go together: when the decision to place for adoption is reversed, record both the date and the reason; otherwise leave both blank."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.placedAdoption)
        let t_DATE_PLACED_CEASED = context.column(.placedAdoption, "DATE_PLACED_CEASED")
        let t_REASON_PLACED_CEASED = context.column(.placedAdoption, "REASON_PLACED_CEASED")
        return t.hits { t_DATE_PLACED_CEASED[$0].isEmpty != t_REASON_PLACED_CEASED[$0].isEmpty }
    }
}
