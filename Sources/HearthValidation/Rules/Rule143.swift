import Hearth
import HearthReturns

/// 143: the reason for new episode, when given, must be a valid RNE code.
struct Rule143: ValidationRule {
    let code = "143"
    let explanation = "RNE in the Episodes table must be S, P, L, T, U or B. Correct the reason the episode started."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        let t_RNE = context.column(.episodes, "RNE")
        return t.hits { let v = t_RNE[$0]; return !(v.isEmpty || ReasonForNewEpisode(rawValue: v).isValid(in: context.year)) }
    }
}
