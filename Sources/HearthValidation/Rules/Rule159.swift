import Hearth
import HearthReturns

/// 159: when a substance misuse problem was identified and no intervention received, whether one was offered must be given.
struct Rule159: ValidationRule {
    let code = "159"
    let explanation = "SUBSTANCE_MISUSE is 1 and INTERVENTION_RECEIVED is 0, so INTERVENTION_OFFERED must say (0 or 1) whether an intervention was offered. Fill it in."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        return t.hits { t[$0, "SUBSTANCE_MISUSE"] == "1" && t[$0, "INTERVENTION_RECEIVED"] == "0" && t.isBlank($0, "INTERVENTION_OFFERED") }
    }
}
