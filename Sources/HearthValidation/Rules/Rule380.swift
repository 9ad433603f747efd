import Hearth
import HearthReturns

/// 380: a period of care cannot start with a temporary placement (T0–T4): such an episode must
/// be a change of placement (RNE = P or B).
struct Rule380: ValidationRule {
    let code = "380"
    let explanation = "A temporary placement (T0–T4) cannot be the first placement of a period of care; the episode must be a change of placement (RNE P or B). Check the placement type and the reason for the new episode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter {
            Batch2Codes.temporaryPlacements.contains(episodes[$0, "PLACE"]) && !["P", "B"].contains(episodes[$0, "RNE"])
        }.map { RuleHit(.episodes, row: $0) }
    }
}
