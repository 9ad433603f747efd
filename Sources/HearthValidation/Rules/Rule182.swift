import Hearth
import HearthReturns

/// 182: if any OC2 health item is given, immunisations, teeth check, health assessment and substance misuse must all be given.
struct Rule182: ValidationRule {
    let code = "182"
    let explanation = "Some OC2 items are filled in but IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT or SUBSTANCE_MISUSE is blank. Complete them all, or leave every OC2 item blank."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        return t.hits { i in
            ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"].contains { t.isBlank(i, $0) }
                && ["CONVICTED", "HEALTH_CHECK", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"].contains { t.has(i, $0) }
        }
    }
}
