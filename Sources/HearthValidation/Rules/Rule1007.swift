import Hearth
import HearthReturns

/// 1007: no care leaver information for a young person who was still looked after on their
/// 17th or 18th birthday in the year (the birthday falling on or before 31 March).
///
/// Interpretation: an open episode (no DEC) means the child is still looked after, so it counts;
/// the DfE validator ignores open episodes, and also checks 19th and later birthdays, which the
/// DfE wording (17- or 18-year olds) does not (docs/validation-differences-batch2.md).
struct Rule1007: ValidationRule {
    let code = "1007"
    let explanation = "The young person was still looked after on their 17th or 18th birthday this year, so no care leaver (OC3) information is required. Check the episode dates and date of birth; if they are right, blank IN_TOUCH, ACTIV and ACCOM."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return context.oc3RowsAged17Or18().filter { young in
            let birthday = young.dateOfBirth.birthday(young.age)
            return (context.episodesByChild[young.child] ?? []).contains { e in
                guard let start = context.dateCell(episodes, e, "DECOM"), start <= birthday else { return false }
                return context.dateCell(episodes, e, "DEC").map { $0 > birthday } ?? episodes.isBlankCell(e, "DEC")
            }
        }.map { RuleHit(.oc3, row: $0.row) }
    }
}
