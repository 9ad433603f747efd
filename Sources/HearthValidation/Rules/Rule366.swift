import Hearth
import HearthReturns

/// 366: a child cannot change placement during a short-term respite break, so each V3 episode
/// must be its own period of care (RNE = S).
struct Rule366: ValidationRule {
    let code = "366"
    let explanation = "A short break (V3) episode must start a new period of care (RNE = S): the child cannot change placement in the middle of a respite break. Correct RNE, or record the break as a single episode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { episodes[$0, "LS"] == "V3" && episodes[$0, "RNE"] != "S" }.map { RuleHit(.episodes, row: $0) }
    }
}
