import Hearth
import HearthReturns

/// 382: a child on a short break (LS = V3 or V4) cannot be in a temporary placement (T0–T4).
struct Rule382: ValidationRule {
    let code = "382"
    let explanation = "A child receiving respite care (V3/V4) cannot be in a temporary placement (T0–T4). Check the legal status and the placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter {
            Batch2Codes.shortBreakStatuses.contains(episodes[$0, "LS"]) && Batch2Codes.temporaryPlacements.contains(episodes[$0, "PLACE"])
        }.map { RuleHit(.episodes, row: $0) }
    }
}
