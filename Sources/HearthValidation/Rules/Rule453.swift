import Hearth
import HearthReturns

/// 453: where last year's last episode was still open, this year's first episode (with the same
/// RNE, as the DfE validator pairs them) must have the same placement distance, within 0.2
/// miles; a distance appearing where last year had none is a contradiction too.
struct Rule453: ValidationRule {
    let code = "453"
    let needs: Set<RuleInput> = [.previousReturn, .postcodeDirectory]
    let explanation = "The episode open at the end of last year continues into this year, but the home-to-placement distance differs between the two returns. Correct the home or placement postcode so both years agree."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let previous = context.previousTable(.episodes) else { return [] }
        let episodes = context.table(.episodes)
        return context.continuedEpisodes(previous).filter { e, last in
            guard let now = context.placementDistance(episodes, e) else { return false }
            guard let before = context.placementDistance(previous, last) else { return true }
            return abs(now - before) >= 0.2
        }.map { RuleHit(.episodes, row: $0.0) }
    }
}
