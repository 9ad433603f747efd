import Hearth
import HearthReturns

/// 445: freeing orders (LS = D1) ended in December 2005, so no D1 episode can start after 2005.
struct Rule445: ValidationRule {
    let code = "445"
    let explanation = "Freeing orders (D1) were replaced by placement orders on 30 December 2005, so an episode starting after 2005 cannot have legal status D1. Use E1 (placement order) or the correct legal status."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes), last = Day(2005, 12, 31)
        return (0..<episodes.count).filter {
            episodes[$0, "LS"] == "D1" && (context.dateCell(episodes, $0, "DECOM").map { $0 > last } ?? false)
        }.map { RuleHit(.episodes, row: $0) }
    }
}
