import Hearth
import HearthReturns

/// 503A: the reason for new episode (RNE) of this year's first episode must match last year's open episode.
struct Rule503A: ValidationRule {
    let code = "503A"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return ended with this child in an open episode, which continues as this year's first episode, so its reason for new episode (RNE) must be the same. Correct RNE here, or last year's record."

    func check(_ context: ValidationContext) -> [RuleHit] {
        Batch3.firstEpisodeDiffers(context) { now, last, eps, lastEps in eps[now, "RNE"] != lastEps[last, "RNE"] }
    }
}
