import Hearth
import HearthReturns

/// NoE: an episode that started before this collection year means the child was looked after
/// last year, so last year's return must have episodes for them.
struct RuleNoE: ValidationRule {
    let code = "NoE"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "This episode started before the collection year, but last year's return has no episodes for the child. Check the start date and the child identifier, or load the correct previous year's return."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let previous = context.previousTable(.episodes) else { return [] }
        var known = Set<String>()
        for i in 0..<previous.count { known.insert(previous[i, "CHILD"]) }
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter {
            (context.dateCell(episodes, $0, "DECOM").map { $0 < context.collectionStart } ?? false) && !known.contains(episodes[$0, "CHILD"])
        }.map { RuleHit(.episodes, row: $0) }
    }
}
