import Hearth
import HearthReturns

/// 189: a child 17 or over at the start of the year must not have an SDQ score or reason.
struct Rule189: ValidationRule {
    let code = "189"
    let explanation = "The young person was 17 or over on 1 April, too old for an SDQ. Clear SDQ_SCORE and SDQ_REASON."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        let t_SDQ_REASON = context.column(.oc2, "SDQ_REASON")
        let t_SDQ_SCORE = context.column(.oc2, "SDQ_SCORE")
        let t_DOB_d = context.dates(.oc2, "DOB")
        return t.hits { i in
            guard let dob = t_DOB_d[i] else { return false }
            return dob.adding(years: 17) < context.collectionStart && (!t_SDQ_SCORE[i].isEmpty || !t_SDQ_REASON[i].isEmpty)
        }
    }
}
