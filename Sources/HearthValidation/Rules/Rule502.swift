import Hearth
import HearthReturns

/// 502: when last year's return ended with an open episode, this year's first episode must
/// start on that episode's DECOM.
struct Rule502: ValidationRule {
    let code = "502"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return left this child in an open episode (no DEC). This year's first episode is that same episode carried over, so its DECOM must be the same date. Correct the DECOM, or last year's record if the episode actually ended."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.episodes) else { return [] }
        let lastRows = last.rowGroupsByChild()
        var hits: [RuleHit] = []
        for (child, row) in Batch3.firstEpisode(context) {
            guard let rows = lastRows[child], let first = context.episodeStarts[row] else { continue }
            // Each open episode of last year is compared with the first episode (as the DfE tool does).
            if rows.contains(where: { Batch3.blank(last[$0, "DEC"]) && context.date(last[$0, "DECOM"]) != first }) {
                hits.append(RuleHit(.episodes, row: row))
            }
        }
        return hits.sorted { $0.row < $1.row }
    }
}
