import Hearth
import HearthReturns

/// 198: a child not looked after continuously for 12 months must not have a reason for no SDQ score.
struct Rule198: ValidationRule {
    let code = "198"
    let explanation = "SDQ_REASON is recorded but the child was not looked after continuously for 12 months at 31 March. Clear SDQ_REASON, or correct the episodes."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2), cla = context.continuouslyLookedAfter()
        let t_CHILD = context.column(.oc2, "CHILD")
        let t_SDQ_REASON = context.column(.oc2, "SDQ_REASON")
        return t.hits { !t_SDQ_REASON[$0].isEmpty && !cla.contains(t_CHILD[$0]) }
    }
}
