import Hearth
import HearthReturns

/// 1016: no care leaver information for a young person aged 17 at the end of the year who left
/// care after their 17th birthday, or aged 18 who left after their 18th.
/// "After" is the DfE's word (message and coding: DEC "after the birthdate"): leaving care on the
/// birthday itself, the usual end of care at 18, is not flagged, and that young person is in the
/// OC3 cohort. The reference validator flags DEC on the birthday too
/// (docs/validation-differences.md). Ages are exact (the reference uses 365.2425-day years, which
/// moves the boundary by a day or so around birthdays).
struct Rule1016: ValidationRule {
    let code = "1016"
    let explanation = "The young person left care after their 17th (or 18th) birthday and is still 17 (or 18) at the end of the year, so their care leaver information is not due yet. Blank IN_TOUCH, ACTIV and ACCOM, or check the date of birth and the date care ended."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return context.oc3RowsAged17Or18().filter { young in
            let birthday = young.dateOfBirth.yearsAfter(young.age)
            return (context.episodesByChild[young.child] ?? []).contains { e in
                context.dateCell(episodes, e, "DEC").map { $0 > birthday } ?? false
            }
        }.map { RuleHit(.oc3, row: $0.row) }
    }
}
