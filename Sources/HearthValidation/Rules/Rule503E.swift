import Hearth
import HearthReturns

/// 503E: the placement provider (PLACE_PROVIDER) of this year's first episode must match last year's open episode.
struct Rule503E: ValidationRule {
    let code = "503E"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return ended with this child in an open episode, which continues as this year's first episode, so its placement provider (PLACE_PROVIDER) must be the same. Correct PLACE_PROVIDER here, or last year's record."

    func check(_ context: ValidationContext) -> [RuleHit] {
        Batch3.firstEpisodeDiffers(context) { now, last, eps, lastEps in eps[now, "PLACE_PROVIDER"] != lastEps[last, "PLACE_PROVIDER"] }
    }
}
