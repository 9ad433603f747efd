import Hearth
import HearthReturns

/// SW108STG2: every social-worker episode but a child's latest (by SW_DECOM) must have ended: an
/// earlier episode with a start date and no SW_DEC is flagged. (The reference tool calls this SW08STG2.)
struct RuleSW108STG2: ValidationRule {
    let code = "SW108STG2"
    let explanation = "A later social-worker episode has started, so this earlier one must have ended: fill in its SW_DEC (usually the day the next one began)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        var hits: [RuleHit] = []
        for rows in Batch3.socialWorkerEpisodes(context).values where rows.count > 1 {
            for r in rows.dropLast() where context.date(t[r, "SW_DECOM"]) != nil && Batch3.blank(t[r, "SW_DEC"]) {
                hits.append(RuleHit(.swEpisodes, row: r))
            }
        }
        return hits.sorted { $0.row < $1.row }
    }
}
