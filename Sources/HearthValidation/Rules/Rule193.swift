import Hearth
import HearthReturns

/// 193: a child without a substance misuse problem must not have the intervention items.
struct Rule193: ValidationRule {
    let code = "193"
    let explanation = "SUBSTANCE_MISUSE is 0 or blank but INTERVENTION_RECEIVED or INTERVENTION_OFFERED is filled in. Clear them, or correct SUBSTANCE_MISUSE."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        let t_INTERVENTION_OFFERED = context.column(.oc2, "INTERVENTION_OFFERED")
        let t_INTERVENTION_RECEIVED = context.column(.oc2, "INTERVENTION_RECEIVED")
        let t_SUBSTANCE_MISUSE = context.column(.oc2, "SUBSTANCE_MISUSE")
        return t.hits { i in
            (t_SUBSTANCE_MISUSE[i].isEmpty || t_SUBSTANCE_MISUSE[i] == "0") && (!t_INTERVENTION_RECEIVED[i].isEmpty || !t_INTERVENTION_OFFERED[i].isEmpty)
        }
    }
}
