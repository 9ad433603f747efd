import Hearth
import HearthReturns

/// 503F: the Ofsted URN (URN) of this year's first episode must match last year's open episode.
struct Rule503F: ValidationRule {
    let code = "503F"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return ended with this child in an open episode, which continues as this year's first episode, so its Ofsted URN (URN) must be the same. Correct URN here, or last year's record."

    func check(_ context: ValidationContext) -> [RuleHit] {
        Batch3.firstEpisodeDiffers(context) { now, last, eps, lastEps in eps[now, "URN"] != lastEps[last, "URN"] }
    }
}
