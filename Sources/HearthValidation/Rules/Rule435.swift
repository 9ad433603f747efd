import Hearth
import HearthReturns

/// 435: an episode for a change of placement only (RNE P or T) must keep the previous legal
/// status and change some placement detail (PLACE, PL_POST, URN, PLACE_PROVIDER).
/// Interpretation: two blank cells are the same value; the DfE validator treats them as
/// different here (but not in 434 and 436; docs/validation-differences-batch2.md).
struct Rule435: ValidationRule {
    let code = "435"
    let explanation = "This episode says only the placement changed (RNE P or T), but either the legal status changed too or the placement details are the same as before. Correct the reason for the new episode or the episode details."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return context.consecutiveEpisodes().filter { previous, e in
            ["P", "T"].contains(episodes[e, "RNE"])
                && (episodes[e, "LS"] != episodes[previous, "LS"] || context.samePlacement(previous, e))
        }.map { RuleHit(.episodes, row: $0.1) }
    }
}
