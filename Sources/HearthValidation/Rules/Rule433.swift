import Hearth
import HearthReturns

/// 433: a continuation episode (RNE P, L, T, U or B) must start on the day the child's previous
/// episode ended (31 March when it is still open); an unreadable date counts as not matching.
struct Rule433: ValidationRule {
    let code = "433"
    let explanation = "This episode continues the previous one (RNE P, L, T, U or B), so it must start on the day the previous episode ended. Correct the dates, or add the missing episode in between."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return context.consecutiveEpisodes().filter { previous, e in
            guard ["P", "L", "T", "U", "B"].contains(episodes[e, "RNE"].uppercased()) else { return false }
            guard let start = context.dateCell(episodes, e, "DECOM"), let ended = context.episodeEnd(previous) else { return true }
            return start != ended
        }.map { RuleHit(.episodes, row: $0.1) }
    }
}
