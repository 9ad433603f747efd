import Hearth
import HearthReturns

/// 407: a child cannot leave care on a special guardianship order (REC E45–E48) after their 18th
/// birthday. Flags the episode and the child's Header row.
struct Rule407: ValidationRule {
    let code = "407"
    let explanation = "The episode ended with a special guardianship order, but the child was over 18; such orders are for children. Check the reason the episode ended, its end date and the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        let rows = context.episodesEnding(["E45", "E46", "E47", "E48"]) { end, dob in end > dob.yearsAfter(18) }
        let repeated = context.repeatedHeaderRows()
        let headers = Set(Set(rows.map { episodes[$0, "CHILD"] }).flatMap { context.headerRows(of: $0, repeated) })
        return rows.map { RuleHit(.episodes, row: $0) } + headers.map { RuleHit(.header, row: $0) }
    }
}
