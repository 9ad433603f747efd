import Hearth
import HearthReturns

/// 386: a child cannot leave care through adoption (REC E11/E12) on or after their 18th birthday.
struct Rule386: ValidationRule {
    let code = "386"
    let explanation = "The episode ended with adoption, but the child was 18 or over by then; adults are not adopted from care. Check the reason the episode ended, its end date and the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        context.episodesEnding(["E11", "E12"]) { end, dob in end >= dob.yearsAfter(18) }.map { RuleHit(.episodes, row: $0) }
    }
}
