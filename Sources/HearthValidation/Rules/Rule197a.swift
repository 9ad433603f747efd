import Hearth
import HearthReturns

/// 197a: a reason for no SDQ score must not be given with a score.
struct Rule197a: ValidationRule {
    let code = "197a"
    let explanation = "Both SDQ_SCORE and SDQ_REASON are filled in. Keep the score and clear the reason (or the reverse if no SDQ was done)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        let t_SDQ_REASON = context.column(.oc2, "SDQ_REASON")
        let t_SDQ_SCORE = context.column(.oc2, "SDQ_SCORE")
        return t.hits { !t_SDQ_SCORE[$0].isEmpty && !t_SDQ_REASON[$0].isEmpty }
    }
}
