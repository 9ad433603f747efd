import Hearth
import HearthReturns

/// 387: a child cannot leave care to live independently (REC E5/E6) before their 14th birthday.
/// Interpretation: needs both the end date and a date of birth; the DfE validator also flags
/// the episode when the child has no date of birth (docs/validation-differences-batch2.md).
struct Rule387: ValidationRule {
    let code = "387"
    let explanation = "The episode ended with the child moving to independent living, but they were under 14. Check the reason the episode ended, its end date and the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        context.episodesEnding(["E5", "E6"]) { end, dob in end < dob.yearsAfter(14) }.map { RuleHit(.episodes, row: $0) }
    }
}
