import Hearth
import HearthReturns

/// 167: a review must have a valid participation code (PN0–PN7); a row without a review date must have none.
struct Rule167: ValidationRule {
    let code = "167"
    let explanation = "REVIEW_CODE must record how the child participated in the review (PN0 to PN7). Enter the code, or remove a row that has no review."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.reviews)
        return t.hits { i in
            t.has(i, "REVIEW") ? !ReviewParticipation(rawValue: t[i, "REVIEW_CODE"]).isValid(in: context.year) : t.has(i, "REVIEW_CODE")
        }
    }
}
