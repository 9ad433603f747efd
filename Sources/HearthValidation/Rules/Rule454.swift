import Hearth
import HearthReturns

/// 454 (from 2025/26): a placement distance from home (PL_DISTANCE, derived from HOME_POST and
/// PL_POST through the ONS postcode directory, to one decimal place) over 350 miles is queried.
/// 999.9, the DfE's "distance not known" value, is not queried. As in the DfE coding there is no
/// exemption for UASC children (the reference notes false positives for former UASC children;
/// rule 406 says their distance should be blank).
struct Rule454: ValidationRule {
    let code = "454"
    let needs: Set<RuleInput> = [.postcodeDirectory]
    let explanation = "The home and placement postcodes are more than 350 miles apart. That is possible, but unusual: check HOME_POST and PL_POST."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return episodes.hits { i in
            guard let miles = context.placementDistance(episodes, i) else { return false }
            let rounded = (miles * 10).rounded() / 10
            return rounded > 350 && rounded != 999.9
        }
    }
}
