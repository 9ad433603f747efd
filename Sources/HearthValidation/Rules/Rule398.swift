import Hearth
import HearthReturns

/// 398: a short-break episode (LS = V3 or V4) needs no distance, so neither postcode it is
/// worked out from should be given.
struct Rule398: ValidationRule {
    let code = "398"
    let explanation = "Placement distance is not collected for short breaks (V3/V4), so the home and placement postcodes should be blank on this episode. Remove them, or correct the legal status."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter {
            Batch2Codes.shortBreakStatuses.contains(episodes[$0, "LS"]) && !(episodes.isBlankCell($0, "HOME_POST") && episodes.isBlankCell($0, "PL_POST"))
        }.map { RuleHit(.episodes, row: $0) }
    }
}
