import Hearth
import HearthReturns

/// 384: a child on a short break (LS = V3 or V4) cannot be in a long-term foster placement (U1, U4).
struct Rule384: ValidationRule {
    let code = "384"
    let explanation = "A child receiving respite care (V3/V4) cannot be in a long-term foster placement (U1/U4). Check the legal status and the placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter {
            Batch2Codes.shortBreakStatuses.contains(episodes[$0, "LS"]) && ["U1", "U4"].contains(episodes[$0, "PLACE"])
        }.map { RuleHit(.episodes, row: $0) }
    }
}
