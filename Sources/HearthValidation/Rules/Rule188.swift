import Hearth
import HearthReturns

/// 188: a child under 4 at the end of the year must not have an SDQ score or reason.
struct Rule188: ValidationRule {
    let code = "188"
    let explanation = "The child is under 4 at 31 March, too young for an SDQ. Clear SDQ_SCORE and SDQ_REASON."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        return t.hits { i in
            guard let dob = context.date(t[i, "DOB"]) else { return false }
            return dob.adding(years: 4) > context.collectionEnd && (t.has(i, "SDQ_SCORE") || t.has(i, "SDQ_REASON"))
        }
    }
}
