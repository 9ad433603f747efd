import Hearth
import HearthReturns

/// 185: a child not looked after continuously for 12 months at 31 March must not have an SDQ score.
struct Rule185: ValidationRule {
    let code = "185"
    let explanation = "An SDQ score is recorded but the child was not looked after continuously for the whole year. Clear SDQ_SCORE, or correct the episodes."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2), cla = context.continuouslyLookedAfter()
        let t_CHILD = context.column(.oc2, "CHILD")
        let t_SDQ_SCORE = context.column(.oc2, "SDQ_SCORE")
        return t.hits { !t_SDQ_SCORE[$0].isEmpty && !cla.contains(t_CHILD[$0]) }
    }
}
