import Hearth
import HearthReturns

/// 158: when an intervention for substance misuse was received, whether one was offered must be blank.
struct Rule158: ValidationRule {
    let code = "158"
    let explanation = "INTERVENTION_RECEIVED is 1, so INTERVENTION_OFFERED must be left blank. Clear INTERVENTION_OFFERED."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        return t.hits { t[$0, "INTERVENTION_RECEIVED"] == "1" && t.has($0, "INTERVENTION_OFFERED") }
    }
}
