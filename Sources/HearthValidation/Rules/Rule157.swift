import Hearth
import HearthReturns

/// 157: a child looked after continuously for 12 months who is 4 or over at the start of the year and 16 or under at the end must not have SDQ1 (under 4 or over 16) as the reason for no SDQ score.
struct Rule157: ValidationRule {
    let code = "157"
    let explanation = "SDQ_REASON is SDQ1 (child under 4 or over 16) but the child was aged 4 to 16 during the year. Record the SDQ score, or the correct reason it was not done."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2), cla = context.continuouslyLookedAfter()
        let t_CHILD = context.column(.oc2, "CHILD")
        let t_SDQ_REASON = context.column(.oc2, "SDQ_REASON")
        let t_SDQ_SCORE = context.column(.oc2, "SDQ_SCORE")
        let t_DOB_d = context.dates(.oc2, "DOB")
        return t.hits { i in
            guard cla.contains(t_CHILD[i]), let dob = t_DOB_d[i] else { return false }
            return dob.adding(years: 4) <= context.collectionStart && dob.adding(years: 16) >= context.collectionEnd
                && t_SDQ_SCORE[i].isEmpty && t_SDQ_REASON[i] == "SDQ1"
        }
    }
}
