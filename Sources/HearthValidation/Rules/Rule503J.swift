import Hearth
import HearthReturns

/// 503J: the placement location (IN or OUT of the council's area, from PL_POST through the ONS
/// postcode directory) of this year's first episode must match last year's open episode. IN and
/// OUT are relative to the council, so the rule needs its code (`--la`) and is not checked without it.
struct Rule503J: ValidationRule {
    let code = "503J"
    let needs: Set<RuleInput> = [.previousReturn, .postcodeDirectory, .councilCode]
    let explanation = "Last year's return ended with this child in an open episode, which continues as this year's first episode, so whether the placement is inside or outside the council's area must be the same. Check PL_POST against last year's."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let lastEps = context.previousTable(.episodes) else { return [] }
        return Batch3.firstEpisodeDiffers(context) { now, last, eps, _ in
            Batch3.placementLocation(eps, row: now, context: context).location != Batch3.placementLocation(lastEps, row: last, context: context).location
        }
    }
}
