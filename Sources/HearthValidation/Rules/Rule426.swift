import Hearth
import HearthReturns

/// 426: a child cannot have both kinds of short break (LS = V3 and V4) in the same year; all
/// their V3 and V4 episodes are flagged.
struct Rule426: ValidationRule {
    let code = "426"
    let explanation = "The child has both a single short break (V3) and a series of short breaks (V4) this year; respite is recorded under one of them. Correct the legal status of the episodes."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return context.episodesByChild.values.flatMap { rows -> [Int] in
            let breaks = rows.filter { Batch2Codes.shortBreakStatuses.contains(episodes[$0, "LS"]) }
            let kinds = Set(breaks.map { episodes[$0, "LS"] })
            return kinds.count == 2 ? breaks : []
        }.map { RuleHit(.episodes, row: $0) }
    }
}
