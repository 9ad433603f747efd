import Hearth
import HearthReturns

/// 120: the reason the adoption decision was reversed, when given, must be RD1–RD4.
struct Rule120: ValidationRule {
    let code = "120"
    let explanation = "REASON_PLACED_CEASED in the PlacedAdoption table must be one of RD1, RD2, RD3 or RD4, or blank. Correct the code."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.placedAdoption)
        let t_REASON_PLACED_CEASED = context.column(.placedAdoption, "REASON_PLACED_CEASED")
        return t.hits { let v = t_REASON_PLACED_CEASED[$0]; return !(v.isEmpty || ReasonPlacedCeased(rawValue: v).isValid(in: context.year)) }
    }
}
