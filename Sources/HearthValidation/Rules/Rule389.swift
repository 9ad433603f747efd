import Hearth
import HearthReturns

/// 389: a child cannot leave care to adult social care (REC = E7) before their 16th birthday.
/// Interpretation: needs both the end date and a date of birth; the DfE validator also flags
/// the episode when either is missing (docs/validation-differences-batch2.md).
struct Rule389: ValidationRule {
    let code = "389"
    let explanation = "The episode ended with the child transferred to adult social care, but they were under 16. Check the reason the episode ended, its end date and the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        context.episodesEnding(["E7"]) { end, dob in end < dob.yearsAfter(16) }.map { RuleHit(.episodes, row: $0) }
    }
}
