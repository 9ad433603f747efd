import Hearth
import HearthReturns

/// 357: a child's first episode, when it starts within the year, must have RNE = S (started to
/// be looked after). First episodes that started before the year are not checked: earlier
/// episodes may be in last year's return.
struct Rule357: ValidationRule {
    let code = "357"
    let explanation = "This is the child's first episode and it starts this year, so the reason for the new episode must be S. Add the episode that came before it if one is missing; otherwise change RNE to S."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return context.episodesByChild.keys.compactMap { child in
            guard let first = context.firstDatedEpisode(of: child), let start = context.dateCell(episodes, first, "DECOM"),
                  start >= context.collectionStart, episodes[first, "RNE"] != "S" else { return nil }
            return RuleHit(.episodes, row: first)
        }
    }
}
