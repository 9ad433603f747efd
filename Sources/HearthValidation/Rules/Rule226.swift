import Hearth
import HearthReturns

/// 226: a temporary placement (T0–T4) must not have a reason for placement change, nor may the episode before it.
struct Rule226: ValidationRule {
    let code = "226"
    let explanation = "A move into a temporary placement is not a placement change: REASON_PLACE_CHANGE must be blank on this episode and the one before it. Clear it."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t_PLACE = context.column(.episodes, "PLACE")
        let t_REASON_PLACE_CHANGE = context.column(.episodes, "REASON_PLACE_CHANGE")
        var out: [RuleHit] = []
        for (_, rows) in context.episodesByChild {
            for (k, r) in rows.enumerated() where PlacementGroups.temporary.contains(t_PLACE[r]) {
                if !t_REASON_PLACE_CHANGE[r].isEmpty || (k > 0 && !t_REASON_PLACE_CHANGE[rows[k - 1]].isEmpty) { out.append(RuleHit(.episodes, row: r)) }
            }
        }
        return out.sorted { $0.row < $1.row }
    }
}
