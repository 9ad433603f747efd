import Hearth
import HearthReturns

/// 441: participation codes PN1–PN7 (child 4 or over) cannot be used at a review before the
/// child's 4th birthday.
struct Rule441: ValidationRule {
    let code = "441"
    let explanation = "The review records how a child of 4 or over took part (PN1–PN7), but the child was under 4 on the review date. Use PN0, or check the dates."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let reviews = context.table(.reviews)
        let codes: Set<String> = ["PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"]
        return (0..<reviews.count).filter { r in
            guard codes.contains(reviews[r, "REVIEW_CODE"]), let held = context.dateCell(reviews, r, "REVIEW"),
                  let dob = context.dateCell(reviews, r, "DOB") else { return false }
            return held < dob.yearsAfter(4)
        }.map { RuleHit(.reviews, row: $0) }
    }
}
