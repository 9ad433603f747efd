import Hearth
import HearthReturns

/// 189: a child 17 or over at the start of the year must not have an SDQ score or reason.
struct Rule189: ValidationRule {
    let code = "189"
    let explanation = "The young person was 17 or over on 1 April, too old for an SDQ. Clear SDQ_SCORE and SDQ_REASON."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        return t.hits { i in
            guard let dob = context.date(t[i, "DOB"]) else { return false }
            return dob.adding(years: 17) < context.collectionStart && (t.has(i, "SDQ_SCORE") || t.has(i, "SDQ_REASON"))
        }
    }
}
