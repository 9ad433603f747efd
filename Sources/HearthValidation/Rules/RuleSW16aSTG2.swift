import Hearth
import HearthReturns

/// SW16aSTG2: last year's return ended with this child's social-worker episode open (no SW_DEC); that
/// episode continues as this year's first, so its social worker ID (SW_ID) must be the same.
struct RuleSW16aSTG2: ValidationRule {
    let code = "SW16aSTG2"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return ended with an open social-worker episode for this child. It carries on as this year's first episode, so SW_ID must match last year's. Correct SW_ID here, or last year's record."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.swEpisodes) else { return [] }
        let t = context.table(.swEpisodes)
        let open = Batch3.latestRow(last, "SW_DECOM").filter { Batch3.blank(last[$0.value, "SW_DEC"]) }
        return Batch3.socialWorkerEpisodes(context).compactMap { child, rows in
            guard let first = rows.first, let l = open[child], t[first, "SW_ID"] != last[l, "SW_ID"] else { return nil }
            return RuleHit(.swEpisodes, row: first)
        }.sorted { $0.row < $1.row }
    }
}
