import Hearth
import HearthReturns

/// 583: when a child has more than one decision to be placed for adoption, every decision but the
/// latest (by DATE_PLACED) must have ceased: each earlier one without DATE_PLACED_CEASED is flagged.
struct Rule583: ValidationRule {
    let code = "583"
    let explanation = "The child has more than one decision that they should be placed for adoption, but an earlier one has no DATE_PLACED_CEASED. Only the latest can still be in force: add the date the earlier decision was reversed (it may have been in a previous year), or remove a duplicate."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.placedAdoption)
        let latest = Batch3.latestRow(t, "DATE_PLACED")
        var hits: [RuleHit] = []
        for (child, rows) in Batch3.rowsByChild(t) where rows.count > 1 {
            let keep = latest[child] ?? rows[0]
            hits += rows.filter { $0 != keep && Batch3.blank(t[$0, "DATE_PLACED_CEASED"]) }.map { RuleHit(.placedAdoption, row: $0) }
        }
        return hits.sorted { $0.row < $1.row }
    }
}
