import Hearth
import HearthReturns

/// 436: an episode for a change of both placement and legal status (RNE U or B) must differ from
/// the previous episode in legal status and in some placement detail.
struct Rule436: ValidationRule {
    let code = "436"
    let explanation = "This episode says both the placement and the legal status changed (RNE U or B), but one of them is the same as in the previous episode. Correct the reason for the new episode or the episode details."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return context.consecutiveEpisodes().filter { previous, e in
            ["U", "B"].contains(episodes[e, "RNE"])
                && (episodes[e, "LS"] == episodes[previous, "LS"] || context.samePlacement(previous, e))
        }.map { RuleHit(.episodes, row: $0.1) }
    }
}
