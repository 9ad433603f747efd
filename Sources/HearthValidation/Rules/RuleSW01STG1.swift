import Hearth
import HearthReturns

/// SW01STG1: a child looked after on 31 March (open, non-respite episode) must have social-worker
/// episodes reported. The open episode is flagged when the child has no SWEpisodes row.
struct RuleSW01STG1: ValidationRule {
    let code = "SW01STG1"
    let explanation = "The child is looked after on 31 March, so their social-worker episodes (who their social worker was, and since when) must be in the SWEpisodes table. Add them."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let sw = Batch3.socialWorkerEpisodes(context)
        return Batch3.lookedAfterAtYearEnd(context).compactMap { child, row in sw[child] == nil ? RuleHit(.episodes, row: row) : nil }
            .sorted { $0.row < $1.row }
    }
}
