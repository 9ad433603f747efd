import Hearth
import HearthReturns

/// 188: a child under 4 at the end of the year must not have an SDQ score or reason.
struct Rule188: ValidationRule {
    let code = "188"
    let explanation = "The child is under 4 at 31 March, too young for an SDQ. Clear SDQ_SCORE and SDQ_REASON."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        let t_SDQ_REASON = context.column(.oc2, "SDQ_REASON")
        let t_SDQ_SCORE = context.column(.oc2, "SDQ_SCORE")
        let t_DOB_d = context.dates(.oc2, "DOB")
        return t.hits { i in
            guard let dob = t_DOB_d[i] else { return false }
            return dob.adding(years: 4) > context.collectionEnd && (!t_SDQ_SCORE[i].isEmpty || !t_SDQ_REASON[i].isEmpty)
        }
    }
}
