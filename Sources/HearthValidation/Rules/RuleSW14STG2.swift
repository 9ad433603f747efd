import Hearth
import HearthReturns

/// SW14STG2: only a child's latest social-worker episode (by SW_DECOM) may have a blank end date
/// (SW_DEC); any earlier one with SW_DEC blank is flagged.
struct RuleSW14STG2: ValidationRule {
    let code = "SW14STG2"
    let explanation = "SW_DEC is blank on a social-worker episode that is not the child's latest. Only the current episode can be open: fill in the date this one ended."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        var hits: [RuleHit] = []
        for rows in Batch3.socialWorkerEpisodes(context).values where rows.count > 1 {
            hits += rows.dropLast().filter { Batch3.blank(t[$0, "SW_DEC"]) }.map { RuleHit(.swEpisodes, row: $0) }
        }
        return hits.sorted { $0.row < $1.row }
    }
}
