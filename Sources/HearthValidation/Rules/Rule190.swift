import Hearth
import HearthReturns

/// 190: a child not looked after continuously for 12 months must not have the 12-month health items.
struct Rule190: ValidationRule {
    let code = "190"
    let explanation = "The child was not looked after continuously for 12 months at 31 March, so HEALTH_CHECK, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE and the intervention items must be blank. Clear them, or correct the episodes."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2), cla = context.continuouslyLookedAfter()
        let t_CHILD = context.column(.oc2, "CHILD")
        let fields = ["HEALTH_CHECK", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]
        return t.hits { i in !cla.contains(t_CHILD[i]) && fields.contains { t.has(i, $0) } }
    }
}
