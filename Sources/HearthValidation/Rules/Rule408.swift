import Hearth
import HearthReturns

/// 408: a child placed for adoption under a placement order (PLACE A5 or A6) must have the
/// placement-order legal status (LS = E1).
struct Rule408: ValidationRule {
    let code = "408"
    let explanation = "The child is placed for adoption under a placement order (A5/A6), but the legal status is not a placement order (E1). Correct the legal status or the placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { ["A5", "A6"].contains(episodes[$0, "PLACE"]) && episodes[$0, "LS"] != "E1" }
            .map { RuleHit(.episodes, row: $0) }
    }
}
