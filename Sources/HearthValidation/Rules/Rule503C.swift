import Hearth
import HearthReturns

/// 503C: the category of need (CIN) of this year's first episode must match last year's open episode.
struct Rule503C: ValidationRule {
    let code = "503C"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return ended with this child in an open episode, which continues as this year's first episode, so its category of need (CIN) must be the same. Correct CIN here, or last year's record."

    func check(_ context: ValidationContext) -> [RuleHit] {
        Batch3.firstEpisodeDiffers(context) { now, last, eps, lastEps in eps[now, "CIN"] != lastEps[last, "CIN"] }
    }
}
