import Hearth
import HearthReturns

/// 1015: an own-provision placement (PLACE_PROVIDER = PR1), other than fostering, adoption
/// (A3–A6, U1–U6) or a short break (V3/V4), must be in the council's own area.
///
/// Interpretation: the placement's local authority comes from the postcode directory; where
/// PL_POST is blank or unknown we cannot say where the child is, so we do not flag (the DfE
/// validator flags unknown placements; docs/validation-differences-batch2.md). Needs the
/// council's code (`--la`): without it the rule is not checked rather than passed.
struct Rule1015: ValidationRule {
    let code = "1015"
    let needs: Set<RuleInput> = [.postcodeDirectory, .councilCode]
    let explanation = "The placement is the council's own provision (PR1) but its postcode is in another local authority. Check the placement provider code and the placement postcode."
    private static let exempt: Set<String> = ["A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6"]

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { i in
            let place = episodes[i, "PLACE"], ls = episodes[i, "LS"]
            guard episodes[i, "PLACE_PROVIDER"] == "PR1", !place.isEmpty, !ls.isEmpty,
                  !Rule1015.exempt.contains(place), !Batch2Codes.shortBreakStatuses.contains(ls) else { return false }
            return context.placedInsideCouncil(episodes, i) == false
        }.map { RuleHit(.episodes, row: $0) }
    }
}
