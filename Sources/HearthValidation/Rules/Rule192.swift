import Hearth
import HearthReturns

/// 192: a child with a substance misuse problem must say whether an intervention was received.
struct Rule192: ValidationRule {
    let code = "192"
    let explanation = "SUBSTANCE_MISUSE is 1 but INTERVENTION_RECEIVED is blank. Enter 0 or 1."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        return t.hits { t[$0, "SUBSTANCE_MISUSE"] == "1" && t.isBlank($0, "INTERVENTION_RECEIVED") }
    }
}
