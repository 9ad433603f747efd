import Hearth
import HearthReturns

/// 434: an episode for a change of legal status only (RNE = L) must have a different legal
/// status from the previous episode and the same placement (PLACE, PL_POST, URN, PLACE_PROVIDER).
struct Rule434: ValidationRule {
    let code = "434"
    let explanation = "This episode says only the legal status changed (RNE L), but either the legal status is the same as before or the placement details changed. Correct the reason for the new episode or the episode details."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return context.consecutiveEpisodes().filter { previous, e in
            episodes[e, "RNE"] == "L"
                && (episodes[e, "LS"] == episodes[previous, "LS"] || !context.samePlacement(previous, e))
        }.map { RuleHit(.episodes, row: $0.1) }
    }
}
