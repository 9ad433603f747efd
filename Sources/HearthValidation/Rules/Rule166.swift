import Hearth
import HearthReturns

/// 166: every review must have a valid review date.
struct Rule166: ValidationRule {
    let code = "166"
    let explanation = "REVIEW in the Reviews table is blank or not a real dd/mm/yyyy date. Enter the date of the review."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.reviews)
        let t_REVIEW_d = context.dates(.reviews, "REVIEW")
        return t.hits { t_REVIEW_d[$0] == nil }
    }
}
