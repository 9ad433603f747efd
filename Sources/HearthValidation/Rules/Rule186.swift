import Hearth
import HearthReturns

/// 186: a child aged 4 or over at the start of the year and under 17 at the end, looked after continuously for 12 months, must have an SDQ score or a reason for none.
struct Rule186: ValidationRule {
    let code = "186"
    let explanation = "This child should have a Strengths and Difficulties Questionnaire score. Enter SDQ_SCORE, or SDQ_REASON saying why there is none."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2), cla = context.continuouslyLookedAfter()
        let t_CHILD = context.column(.oc2, "CHILD")
        let t_SDQ_REASON = context.column(.oc2, "SDQ_REASON")
        let t_SDQ_SCORE = context.column(.oc2, "SDQ_SCORE")
        let t_DOB_d = context.dates(.oc2, "DOB")
        return t.hits { i in
            guard cla.contains(t_CHILD[i]), let dob = t_DOB_d[i] else { return false }
            return dob.adding(years: 4) <= context.collectionStart && dob.adding(years: 17) > context.collectionEnd
                && t_SDQ_SCORE[i].isEmpty && t_SDQ_REASON[i].isEmpty
        }
    }
}
