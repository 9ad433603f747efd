import Hearth
import HearthReturns

/// 351: no child in the return can be over the care-leaver age limit at the start of the year:
/// 25 from 2024/25 (the extended duties to care leavers), 21 before.
struct Rule351: ValidationRule {
    let code = "351"
    let explanation = "The child was older than the care-leaver age limit (25) at the start of the collection year, so should not be in the return. Check the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let header = context.table(.header), limit = context.year.startYear >= 2024 ? 25 : 21
        return (0..<header.count).filter {
            context.dateCell(header, $0, "DOB").map { context.collectionStart > $0.yearsAfter(limit) } ?? false
        }.map { RuleHit(.header, row: $0) }
    }
}
