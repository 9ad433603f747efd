import Hearth
import HearthReturns

/// 432: after an episode that ended the child's care (REC other than X1: E2–E17, E41, E45–E48),
/// the next episode must start a new period of care (RNE = S).
struct Rule432: ValidationRule {
    let code = "432"
    let explanation = "The previous episode ended with the child leaving care, so the next one must start a new period of care (RNE S). Correct the reason for the new episode, or the reason the previous episode ended."
    private static let leftCare: Set<String> = ["E2", "E3", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "E11", "E12", "E13",
                                                "E14", "E15", "E16", "E17", "E41", "E45", "E46", "E47", "E48"]

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return context.consecutiveEpisodes().filter { previous, e in
            Rule432.leftCare.contains(episodes[previous, "REC"]) && episodes[e, "RNE"] != "S"
        }.map { RuleHit(.episodes, row: $0.1) }
    }
}
