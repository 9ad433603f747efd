import Hearth
import HearthReturns

/// 452: where last year's last episode was still open, this year's first episode (with the same
/// RNE, as the DfE validator pairs them) must have the same local authority of placement.
/// Interpretation: two unknown authorities do not contradict each other; the DfE validator
/// flags them (docs/validation-differences-batch2.md).
struct Rule452: ValidationRule {
    let code = "452"
    let needs: Set<RuleInput> = [.previousReturn, .postcodeDirectory]
    let explanation = "The episode open at the end of last year continues into this year, but the local authority of the placement differs between the two returns. Correct the placement postcode in this year's first episode (or last year's)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let previous = context.previousTable(.episodes) else { return [] }
        let episodes = context.table(.episodes)
        return context.continuedEpisodes(previous).filter { e, last in
            context.placementAuthority(episodes, e) != context.placementAuthority(previous, last)
        }.map { RuleHit(.episodes, row: $0.0) }
    }
}
