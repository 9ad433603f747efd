import Hearth
import HearthReturns

/// 356: an episode cannot end before it started.
struct Rule356: ValidationRule {
    let code = "356"
    let explanation = "The episode's end date is before its start date. Correct one of the dates."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { e in
            guard let end = context.dateCell(episodes, e, "DEC"), let start = context.dateCell(episodes, e, "DECOM") else { return false }
            return end < start
        }.map { RuleHit(.episodes, row: $0) }
    }
}
