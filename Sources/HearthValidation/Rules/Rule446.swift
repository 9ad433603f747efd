import Hearth
import HearthReturns

/// 446: placement orders (LS = E1) began in December 2005, so no E1 episode can start before
/// 1 December 2005.
struct Rule446: ValidationRule {
    let code = "446"
    let explanation = "Placement orders (E1) only exist from December 2005, so an episode starting earlier cannot have legal status E1. Check the start date and legal status."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes), first = Day(2005, 12, 1)
        return (0..<episodes.count).filter {
            episodes[$0, "LS"] == "E1" && (context.dateCell(episodes, $0, "DECOM").map { $0 < first } ?? false)
        }.map { RuleHit(.episodes, row: $0) }
    }
}
