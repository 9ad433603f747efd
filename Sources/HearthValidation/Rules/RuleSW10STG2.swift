import Hearth
import HearthReturns

/// SW10STG2: a social-worker episode cannot start before the previous one (in SW_DECOM order)
/// ended. Gaps are not this rule's concern (see SW11STG2).
struct RuleSW10STG2: ValidationRule {
    let code = "SW10STG2"
    let explanation = "This social-worker episode starts before the previous one ended (its SW_DEC). A child has one allocated social worker at a time: correct SW_DECOM here or SW_DEC on the previous episode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        var hits: [RuleHit] = []
        for rows in Batch3.socialWorkerEpisodes(context).values where rows.count > 1 {
            for (prev, row) in zip(rows, rows.dropFirst()) {
                guard let start = context.date(t[row, "SW_DECOM"]), let end = context.date(t[prev, "SW_DEC"]), start < end else { continue }
                hits.append(RuleHit(.swEpisodes, row: row))
            }
        }
        return hits.sorted { $0.row < $1.row }
    }
}
