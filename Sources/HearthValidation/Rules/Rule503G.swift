import Hearth
import HearthReturns

/// 503G: the placement distance of this year's first episode must match last year's open episode.
/// Distances come from HOME_POST and PL_POST through the ONS postcode directory, in miles to one
/// decimal place; a difference of 0.2 miles or more, or a distance now where there was none, fails.
struct Rule503G: ValidationRule {
    let code = "503G"
    let needs: Set<RuleInput> = [.previousReturn, .postcodeDirectory]
    let explanation = "Last year's return ended with this child in an open episode, which continues as this year's first episode, so the distance between home and placement postcodes must be the same. Check HOME_POST and PL_POST against last year's."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let lastEps = context.previousTable(.episodes) else { return [] }
        return Batch3.firstEpisodeDiffers(context) { now, last, eps, _ in
            let a = Batch3.placementLocation(eps, row: now, context: context).distance
            let b = Batch3.placementLocation(lastEps, row: last, context: context).distance
            switch (a, b) {
            case let (a?, b?): return abs(a - b) >= 0.2
            case (_?, nil): return true
            default: return false
            }
        }
    }
}
