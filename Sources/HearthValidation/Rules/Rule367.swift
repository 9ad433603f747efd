import Hearth
import HearthReturns

/// 367: respite care (LS = V3) cannot exceed 75 days in the year: the days of the child's V3
/// episodes within the collection year (open episodes to 31 March) must add up to 75 or fewer.
/// Every V3 episode with days in the year is flagged when the total is over.
struct Rule367: ValidationRule {
    let code = "367"
    let explanation = "The child's short breaks (V3) add up to more than 75 days in the year, the most respite care allowed. Check the dates and legal statuses of the short-break episodes."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        var hits: [RuleHit] = []
        for rows in context.episodesByChild.values {
            var total = 0, counted: [Int] = []
            for e in rows where episodes[e, "LS"] == "V3" {
                guard let start = context.dateCell(episodes, e, "DECOM") else { continue }
                let end: Day? = episodes.isBlankCell(e, "DEC") ? context.collectionEnd : context.dateCell(episodes, e, "DEC").map { min($0, context.collectionEnd) }
                guard let end else { continue }
                let days = max(start, context.collectionStart).days(to: end)
                if days > 0 { total += days; counted.append(e) }
            }
            if total > 75 { hits += counted.map { RuleHit(.episodes, row: $0) } }
        }
        return hits
    }
}
