import Hearth
import HearthReturns

/// 334: the decision that a child should be placed for adoption (DATE_INT) cannot be before the
/// start of the latest period of care: the latest episode with RNE = S. Flags both rows.
struct Rule334: ValidationRule {
    let code = "334"
    let explanation = "The decision that the child should be placed for adoption is dated before the child's latest period of care started. Correct DATE_INT in the adoption (AD1) record or the start date of the period of care."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes), ad1 = context.table(.ad1)
        var hits: [RuleHit] = []
        for (child, rows) in ad1.rowsOfEachChild() {
            guard let start = context.latestEpisode((context.episodesByChild[child] ?? []).filter { episodes[$0, "RNE"] == "S" }, in: episodes),
                  let began = context.dateCell(episodes, start, "DECOM") else { continue }
            let early = rows.filter { context.dateCell(ad1, $0, "DATE_INT").map { $0 < began } ?? false }
            if !early.isEmpty { hits.append(RuleHit(.episodes, row: start)); hits += early.map { RuleHit(.ad1, row: $0) } }
        }
        return hits
    }
}
