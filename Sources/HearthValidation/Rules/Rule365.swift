import Hearth
import HearthReturns

/// 365: one short-term respite break (LS = V3) cannot last more than 17 days; an open episode
/// runs to the end of the year.
struct Rule365: ValidationRule {
    let code = "365"
    let explanation = "This short break (V3) lasts more than 17 days, longer than a single respite break can be. Check the episode dates or the legal status."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { e in
            guard episodes[e, "LS"] == "V3", let start = context.dateCell(episodes, e, "DECOM") else { return false }
            let end = episodes.isBlankCell(e, "DEC") ? context.collectionEnd : context.dateCell(episodes, e, "DEC")
            return end.map { $0 > start.adding(days: 17) } ?? false
        }.map { RuleHit(.episodes, row: $0) }
    }
}
