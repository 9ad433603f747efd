import Hearth
import HearthReturns

/// 353: no episode can start before 14 October 1991, when the Children Act 1989 came into force.
struct Rule353: ValidationRule {
    let code = "353"
    let explanation = "The episode starts before 14 October 1991, when the Children Act 1989 came into force. Correct the start date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes), earliest = Day(1991, 10, 14)
        return (0..<episodes.count).filter { context.dateCell(episodes, $0, "DECOM").map { $0 < earliest } ?? false }
            .map { RuleHit(.episodes, row: $0) }
    }
}
