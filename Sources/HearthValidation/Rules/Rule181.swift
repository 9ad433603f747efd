import Hearth
import HearthReturns

/// 181: the OC2 yes/no items, when given, must be 0 or 1.
struct Rule181: ValidationRule {
    let code = "181"
    let explanation = "CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED and INTERVENTION_OFFERED must each be 0 (no), 1 (yes) or blank. Correct the values."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        let fields = ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]
        return t.hits { i in fields.contains { let v = t[i, $0]; return !v.isEmpty && v != "0" && v != "1" } }
    }
}
