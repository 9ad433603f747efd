import Hearth
import HearthReturns

/// 233: (from 2025/26) an episode that has not ceased must not have a reason for placement change. The reference validator reads a column DATE_EPISODE_CEASED that the 903 does not have, so it never runs this rule.
struct Rule233: ValidationRule {
    let code = "233"
    let explanation = "REASON_PLACE_CHANGE is only recorded when the episode ends with a change of placement; this episode is still open. Clear it."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let dec = context.column(.episodes, "DEC"), reason = context.column(.episodes, "REASON_PLACE_CHANGE")
        return (0..<dec.count).compactMap { dec[$0].isEmpty && !reason[$0].isEmpty ? RuleHit(.episodes, row: $0) : nil }
    }
}
