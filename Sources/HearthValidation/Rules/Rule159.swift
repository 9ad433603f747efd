import Hearth
import HearthReturns

/// 159: when a substance misuse problem was identified and no intervention received, whether one was offered must be given.
struct Rule159: ValidationRule {
    let code = "159"
    let explanation = "SUBSTANCE_MISUSE is 1 and INTERVENTION_RECEIVED is 0, so INTERVENTION_OFFERED must say (0 or 1) whether an intervention was offered. Fill it in."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        let t_INTERVENTION_OFFERED = context.column(.oc2, "INTERVENTION_OFFERED")
        let t_INTERVENTION_RECEIVED = context.column(.oc2, "INTERVENTION_RECEIVED")
        let t_SUBSTANCE_MISUSE = context.column(.oc2, "SUBSTANCE_MISUSE")
        return t.hits { t_SUBSTANCE_MISUSE[$0] == "1" && t_INTERVENTION_RECEIVED[$0] == "0" && t_INTERVENTION_OFFERED[$0].isEmpty }
    }
}
