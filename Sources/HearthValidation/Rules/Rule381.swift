import Hearth
import HearthReturns

/// 381: a period of care cannot end with a temporary placement: a closed T0–T4 episode must end
/// with a new episode (REC = X1).
struct Rule381: ValidationRule {
    let code = "381"
    let explanation = "A temporary placement (T0–T4) cannot be the last placement of a period of care; it must end with the child moving on (REC X1). Check the placement type and the reason the episode ended."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter {
            Batch2Codes.temporaryPlacements.contains(episodes[$0, "PLACE"]) && !episodes.isBlankCell($0, "REC") && episodes[$0, "REC"] != "X1"
        }.map { RuleHit(.episodes, row: $0) }
    }
}
