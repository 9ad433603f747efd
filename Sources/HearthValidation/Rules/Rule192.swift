import Hearth
import HearthReturns

/// 192: a child with a substance misuse problem must say whether an intervention was received.
struct Rule192: ValidationRule {
    let code = "192"
    let explanation = "SUBSTANCE_MISUSE is 1 but INTERVENTION_RECEIVED is blank. Enter 0 or 1."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        let t_INTERVENTION_RECEIVED = context.column(.oc2, "INTERVENTION_RECEIVED")
        let t_SUBSTANCE_MISUSE = context.column(.oc2, "SUBSTANCE_MISUSE")
        return t.hits { t_SUBSTANCE_MISUSE[$0] == "1" && t_INTERVENTION_RECEIVED[$0].isEmpty }
    }
}
