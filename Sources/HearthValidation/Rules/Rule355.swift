import Hearth
import HearthReturns

/// 355: an episode cannot start and end on the same day (it lasted less than 24 hours).
/// Interpretation: both dates must be recorded; the DfE validator also flags an episode with both
/// blank (docs/validation-differences-batch2.md).
struct Rule355: ValidationRule {
    let code = "355"
    let explanation = "The episode starts and ends on the same day, so it lasted less than 24 hours and should not be recorded as an episode. Correct the dates or remove the episode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { !episodes.isBlankCell($0, "DECOM") && episodes[$0, "DECOM"] == episodes[$0, "DEC"] }
            .map { RuleHit(.episodes, row: $0) }
    }
}
