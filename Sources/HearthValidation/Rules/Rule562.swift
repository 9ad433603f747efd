import Hearth
import HearthReturns

/// 562: a child's first episode starting before 1 April must be last year's last episode (same
/// DECOM) carried over; flagged when last year has no such episode.
struct Rule562: ValidationRule {
    let code = "562"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "This episode started before the collection year, so it should be the last episode in last year's return, with the same start date. Last year's return has no such episode. Check DECOM, or add the episode to last year's return."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.episodes) else { return [] }
        let eps = context.table(.episodes)
        let lastEpisode = Batch3.latestRow(last, "DECOM")
        var first: [String: (row: Int, day: Day)] = [:]
        for i in 0..<eps.count {
            guard let d = context.date(eps[i, "DECOM"]), d < context.collectionStart else { continue }
            if let f = first[eps[i, "CHILD"]], !(d < f.day) { continue }
            first[eps[i, "CHILD"]] = (i, d)
        }
        return first.compactMap { child, f in
            let matches = lastEpisode[child].flatMap { context.date(last[$0, "DECOM"]) } == f.day
            return matches ? nil : RuleHit(.episodes, row: f.row)
        }.sorted { $0.row < $1.row }
    }
}
