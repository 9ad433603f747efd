import Hearth
import HearthReturns

/// 158: when an intervention for substance misuse was received, whether one was offered must be blank.
struct Rule158: ValidationRule {
    let code = "158"
    let explanation = "INTERVENTION_RECEIVED is 1, so INTERVENTION_OFFERED must be left blank. Clear INTERVENTION_OFFERED."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        let t_INTERVENTION_OFFERED = context.column(.oc2, "INTERVENTION_OFFERED")
        let t_INTERVENTION_RECEIVED = context.column(.oc2, "INTERVENTION_RECEIVED")
        return t.hits { t_INTERVENTION_RECEIVED[$0] == "1" && !t_INTERVENTION_OFFERED[$0].isEmpty }
    }
}
