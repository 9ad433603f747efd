import Hearth
import HearthReturns

/// 226: a temporary placement (T0–T4) must not have a reason for placement change, nor may the episode before it.
struct Rule226: ValidationRule {
    let code = "226"
    let explanation = "A move into a temporary placement is not a placement change: REASON_PLACE_CHANGE must be blank on this episode and the one before it. Clear it."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        var out: [RuleHit] = []
        for (_, rows) in context.episodesByChild {
            for (k, r) in rows.enumerated() where PlacementGroups.temporary.contains(t[r, "PLACE"]) {
                if t.has(r, "REASON_PLACE_CHANGE") || (k > 0 && t.has(rows[k - 1], "REASON_PLACE_CHANGE")) { out.append(RuleHit(.episodes, row: r)) }
            }
        }
        return out.sorted { $0.row < $1.row }
    }
}
