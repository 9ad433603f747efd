import Hearth
import HearthReturns

/// 431: an episode that starts a new period of care (RNE = S) cannot start on or before the day
/// the child's previous episode ended: that would be a continuation, not a new start. A previous
/// episode still open is read as running to 31 March, so it overlaps the new start.
struct Rule431: ValidationRule {
    let code = "431"
    let explanation = "This episode says the child started to be looked after (S), but their previous episode ended the same day (or later), so care did not stop. Use the reason for the change (P, L, T, U or B), or correct the dates."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return context.consecutiveEpisodes().filter { previous, e in
            guard episodes[e, "RNE"] == "S", let start = context.dateCell(episodes, e, "DECOM"),
                  let ended = context.episodeEnd(previous) else { return false }
            return start <= ended
        }.map { RuleHit(.episodes, row: $0.1) }
    }
}
