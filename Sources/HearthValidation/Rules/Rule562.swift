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
        let lastEpisode = Batch3.latestPreviousEpisode(context)
        var hits: [RuleHit] = []
        // Each child's earliest dated episode (the first row on ties) leads its DECOM-ordered rows.
        for (child, rows) in context.episodesByChild {
            guard let row = rows.first, let d = context.episodeStarts[row], d < context.collectionStart else { continue }
            let matches = lastEpisode[child].flatMap { context.date(last[$0, "DECOM"]) } == d
            if !matches { hits.append(RuleHit(.episodes, row: row)) }
        }
        return hits.sorted { $0.row < $1.row }
    }
}
