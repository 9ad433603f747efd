import Hearth
import HearthReturns

/// 503B: the legal status (LS) of this year's first episode must match last year's open episode.
struct Rule503B: ValidationRule {
    let code = "503B"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return ended with this child in an open episode, which continues as this year's first episode, so its legal status (LS) must be the same. Correct LS here, or last year's record."

    func check(_ context: ValidationContext) -> [RuleHit] {
        Batch3.firstEpisodeDiffers(context) { now, last, eps, lastEps in eps[now, "LS"] != lastEps[last, "LS"] }
    }
}
