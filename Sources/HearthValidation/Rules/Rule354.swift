import Hearth
import HearthReturns

/// 354: an episode cannot start after the end of the collection year. (The DfE message speaks of
/// the date ceased, but the rule reads the start date, DECOM; 385 covers the end date.)
struct Rule354: ValidationRule {
    let code = "354"
    let explanation = "The episode starts after 31 March at the end of the collection year; it belongs in next year's return. Correct the start date or remove the episode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { context.dateCell(episodes, $0, "DECOM").map { $0 > context.collectionEnd } ?? false }
            .map { RuleHit(.episodes, row: $0) }
    }
}
