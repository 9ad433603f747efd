import Hearth
import HearthReturns

/// 167: a review must have a valid participation code (PN0–PN7); a row without a review date must have none.
struct Rule167: ValidationRule {
    let code = "167"
    let explanation = "REVIEW_CODE must record how the child participated in the review (PN0 to PN7). Enter the code, or remove a row that has no review."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.reviews)
        let t_REVIEW = context.column(.reviews, "REVIEW")
        let t_REVIEW_CODE = context.column(.reviews, "REVIEW_CODE")
        return t.hits { i in
            !t_REVIEW[i].isEmpty ? !ReviewParticipation(rawValue: t_REVIEW_CODE[i]).isValid(in: context.year) : !t_REVIEW_CODE[i].isEmpty
        }
    }
}
