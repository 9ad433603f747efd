import Hearth
import HearthReturns

/// 504: within a period of care the category of need stays as it was at the start: an episode
/// that follows an X1 episode ending the same day must keep the previous CIN.
struct Rule504: ValidationRule {
    let code = "504"
    let explanation = "The category of need (CIN) is recorded at the start of a period of care and carried into each later episode of that period. This episode follows on from the previous one (REC X1, same day) but has a different CIN. Use the CIN from the start of the period."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes)
        var hits: [RuleHit] = []
        for rows in context.episodesByChild.values where rows.count > 1 {
            for (prev, row) in zip(rows, rows.dropFirst()) {
                guard eps[prev, "REC"] == "X1", let d = context.date(eps[prev, "DEC"]),
                      d == context.date(eps[row, "DECOM"]), eps[row, "CIN"] != eps[prev, "CIN"] else { continue }
                hits.append(RuleHit(.episodes, row: row))
            }
        }
        return hits.sorted { $0.row < $1.row }
    }
}
