import Hearth
import HearthReturns

/// 420: a short-break episode (LS = V3 or V4) should have no local authority of placement,
/// which is derived from the placement postcode.
struct Rule420: ValidationRule {
    let code = "420"
    let needs: Set<RuleInput> = [.postcodeDirectory]
    let explanation = "The local authority of placement is not collected for short breaks (V3/V4), but the placement postcode gives one. Remove the placement postcode, or correct the legal status."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter {
            Batch2Codes.shortBreakStatuses.contains(episodes[$0, "LS"]) && context.placementAuthority(episodes, $0) != nil
        }.map { RuleHit(.episodes, row: $0) }
    }
}
