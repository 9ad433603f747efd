import Hearth
import HearthReturns

/// 197B: a child looked after continuously for 12 months who turns 4 or 17 during the year must have an SDQ score or a reason for none.
struct Rule197B: ValidationRule {
    let code = "197B"
    let explanation = "The child turned 4 or 17 during the year and was looked after for 12 months, so record an SDQ score or the reason there is none (SDQ_REASON)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2), cla = context.continuouslyLookedAfter()
        let t_CHILD = context.column(.oc2, "CHILD")
        let t_SDQ_REASON = context.column(.oc2, "SDQ_REASON")
        let t_SDQ_SCORE = context.column(.oc2, "SDQ_SCORE")
        let t_DOB_d = context.dates(.oc2, "DOB")
        let start = context.collectionStart, end = context.collectionEnd
        return t.hits { i in
            guard cla.contains(t_CHILD[i]), let dob = t_DOB_d[i] else { return false }
            let four = dob.adding(years: 4), seventeen = dob.adding(years: 17)
            return ((four >= start && four <= end) || (seventeen >= start && seventeen <= end))
                && t_SDQ_SCORE[i].isEmpty && t_SDQ_REASON[i].isEmpty
        }
    }
}
