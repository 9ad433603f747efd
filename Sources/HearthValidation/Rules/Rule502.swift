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
        let eps = context.table(.episodes)
        var openStarts: [String: Set<String>] = [:]
        for i in 0..<last.count where Batch3.blank(last[i, "DEC"]) {
            openStarts[last[i, "CHILD"], default: []].insert(context.date(last[i, "DECOM"])?.iso ?? "")
        }
        var hits: [RuleHit] = []
        for (child, row) in Batch3.firstEpisode(context) {
            guard let starts = openStarts[child], let first = context.date(eps[row, "DECOM"]) else { continue }
            // Each open episode of last year is compared with the first episode (as the DfE tool does).
            if starts.contains(where: { $0 != first.iso }) { hits.append(RuleHit(.episodes, row: row)) }
        }
        return hits.sorted { $0.row < $1.row }
    }
}
