import Hearth
import HearthReturns

/// 225: when an episode ends with X1 and the next starts with a change of placement (RNE P, B, T or U), neither placement temporary, the reason for the placement change must be recorded.
struct Rule225: ValidationRule {
    let code = "225"
    let explanation = "The placement changed at the end of this episode, so REASON_PLACE_CHANGE must say why (CARPL, CLOSE, ALLEG, STANDE, APPRRR, CREQB, CREQO, CHILD, LAREQ, PLACE, CUSTOD or OTHER)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        var out: [RuleHit] = []
        for (_, rows) in context.episodesByChild where rows.count > 1 {
            for (a, b) in zip(rows, rows.dropFirst()) {
                if t[a, "REC"] == "X1" && t.isBlank(a, "REASON_PLACE_CHANGE") && !PlacementGroups.temporary.contains(t[a, "PLACE"])
                    && ["P", "B", "T", "U"].contains(t[b, "RNE"]) && !PlacementGroups.temporary.contains(t[b, "PLACE"]) {
                    out.append(RuleHit(.episodes, row: a))
                }
            }
        }
        return out
    }
}
