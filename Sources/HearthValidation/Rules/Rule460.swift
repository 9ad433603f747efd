import Hearth
import HearthReturns

/// 460: a child cannot leave care by staying with their carers at 18 or over (REC = E17) before
/// their 18th birthday.
struct Rule460: ValidationRule {
    let code = "460"
    let explanation = "The episode ended with the young person staying on with their carers at 18 (E17), but they were under 18 then. Check the reason the episode ended, its end date and the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        context.episodesEnding(["E17"]) { end, dob in end < dob.yearsAfter(18) }.map { RuleHit(.episodes, row: $0) }
    }
}
