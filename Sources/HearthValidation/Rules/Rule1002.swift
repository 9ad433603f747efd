import Hearth
import HearthReturns

/// 1002: a care leaver (OC3 row) must have episodes of care in this return or last year's.
struct Rule1002: ValidationRule {
    let code = "1002"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "There is a care leaver (OC3) row for a young person with no episodes of care this year or last year. Check the child identifier matches their episodes; if they were never looked after, remove the OC3 row."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let previous = context.previousTable(.episodes) else { return [] }
        var known = Set(context.episodesByChild.keys)
        for i in 0..<previous.count { known.insert(previous[i, "CHILD"]) }
        let oc3 = context.table(.oc3)
        return (0..<oc3.count).filter { !known.contains(oc3[$0, "CHILD"]) }.map { RuleHit(.oc3, row: $0) }
    }
}
