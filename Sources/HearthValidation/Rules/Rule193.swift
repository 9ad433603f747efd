import Hearth
import HearthReturns

/// 193: a child without a substance misuse problem must not have the intervention items.
struct Rule193: ValidationRule {
    let code = "193"
    let explanation = "SUBSTANCE_MISUSE is 0 or blank but INTERVENTION_RECEIVED or INTERVENTION_OFFERED is filled in. Clear them, or correct SUBSTANCE_MISUSE."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        return t.hits { i in
            (t.isBlank(i, "SUBSTANCE_MISUSE") || t[i, "SUBSTANCE_MISUSE"] == "0") && (t.has(i, "INTERVENTION_RECEIVED") || t.has(i, "INTERVENTION_OFFERED"))
        }
    }
}
