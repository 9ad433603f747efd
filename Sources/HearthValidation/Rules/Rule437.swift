import Hearth
import HearthReturns

/// 437: after an episode ending because the child died (E2) or for E15, the child can have no
/// later episode.
struct Rule437: ValidationRule {
    let code = "437"
    let explanation = "The episode ended because the child died or was aged 18 or over, but further episodes follow it. Check the reason the episode ended and the later episodes."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return context.consecutiveEpisodes().filter { previous, _ in
            ["E2", "E15"].contains(episodes[previous, "REC"].uppercased()) && context.dateCell(episodes, previous, "DECOM") != nil
        }.map { RuleHit(.episodes, row: $0.0) }
    }
}
