import Hearth
import HearthReturns

/// 225: when an episode ends with X1 and the next starts with a change of placement (RNE P, B, T or U), neither placement temporary, the reason for the placement change must be recorded.
struct Rule225: ValidationRule {
    let code = "225"
    let explanation = "The placement changed at the end of this episode, so REASON_PLACE_CHANGE must say why (CARPL, CLOSE, ALLEG, STANDE, APPRRR, CREQB, CREQO, CHILD, LAREQ, PLACE, CUSTOD or OTHER)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t_PLACE = context.column(.episodes, "PLACE")
        let t_REASON_PLACE_CHANGE = context.column(.episodes, "REASON_PLACE_CHANGE")
        let t_REC = context.column(.episodes, "REC")
        let t_RNE = context.column(.episodes, "RNE")
        var out: [RuleHit] = []
        for (_, rows) in context.episodesByChild where rows.count > 1 {
            for (a, b) in zip(rows, rows.dropFirst()) {
                if t_REC[a] == "X1" && t_REASON_PLACE_CHANGE[a].isEmpty && !PlacementGroups.temporary.contains(t_PLACE[a])
                    && ["P", "B", "T", "U"].contains(t_RNE[b]) && !PlacementGroups.temporary.contains(t_PLACE[b]) {
                    out.append(RuleHit(.episodes, row: a))
                }
            }
        }
        return out
    }
}
