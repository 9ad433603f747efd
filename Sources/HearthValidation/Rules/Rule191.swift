import Hearth
import HearthReturns

/// 191: a child looked after continuously for 12 months must have teeth check, health assessment and substance misuse recorded; flags the OC2 row, or the child's first episode when there is no OC2 row.
struct Rule191: ValidationRule {
    let code = "191"
    let explanation = "The child was looked after continuously for 12 months at 31 March, so TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE must be completed (add an OC2 row if there is none)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2), cla = context.continuouslyLookedAfter()
        let t_CHILD = context.column(.oc2, "CHILD")
        var out = t.hits { i in cla.contains(t_CHILD[i]) && ["TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"].contains { t.isBlank(i, $0) } }
        let withOC2 = Set((0..<t.count).map { t_CHILD[$0] })
        for child in cla where !withOC2.contains(child) {
            if let first = context.episodesByChild[child]?.first { out.append(RuleHit(.episodes, row: first)) }
        }
        return out
    }
}
