import Hearth
import HearthReturns

/// 197a: a reason for no SDQ score must not be given with a score.
struct Rule197a: ValidationRule {
    let code = "197a"
    let explanation = "Both SDQ_SCORE and SDQ_REASON are filled in. Keep the score and clear the reason (or the reverse if no SDQ was done)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        return t.hits { t.has($0, "SDQ_SCORE") && t.has($0, "SDQ_REASON") }
    }
}
