import Hearth
import HearthReturns

/// 392d: the home and placement postcodes cannot be the same unless the child is placed with
/// parents (PLACE = P1).
struct Rule392d: ValidationRule {
    let code = "392d"
    let explanation = "The home and placement postcodes are the same, which only happens when the child is placed with their parents (P1). Check both postcodes and the placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter {
            episodes[$0, "PLACE"] != "P1" && !episodes.isBlankCell($0, "HOME_POST") && episodes[$0, "HOME_POST"] == episodes[$0, "PL_POST"]
        }.map { RuleHit(.episodes, row: $0) }
    }
}
