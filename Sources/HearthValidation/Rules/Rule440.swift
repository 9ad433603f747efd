import Hearth
import HearthReturns

/// 440: participation code PN0 (child under 4) cannot be used at a review on or after the child's
/// 4th birthday. Interpretation: on the birthday the child is 4, so it is flagged; the DfE
/// validator flags only reviews after it (docs/validation-differences-batch2.md).
struct Rule440: ValidationRule {
    let code = "440"
    let explanation = "The review is recorded as for a child under 4 (PN0), but the child was 4 or over on the review date. Use the code for how the child took part (PN1–PN7), or check the dates."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let reviews = context.table(.reviews)
        return (0..<reviews.count).filter { r in
            guard reviews[r, "REVIEW_CODE"] == "PN0", let held = context.dateCell(reviews, r, "REVIEW"),
                  let dob = context.dateCell(reviews, r, "DOB") else { return false }
            return held >= dob.yearsAfter(4)
        }.map { RuleHit(.reviews, row: $0) }
    }
}
