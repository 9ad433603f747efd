import Hearth
import HearthReturns

/// 501: an episode must not start before the previous episode (in DECOM order) ended.
/// An open previous episode (blank DEC) is still going on 31 March, so any later episode starting
/// before then overlaps it (the DfE tool reads it the same way).
struct Rule501: ValidationRule {
    let code = "501"
    let explanation = "Each of a child's episodes must start on or after the date the previous episode ended (DEC). Check the DECOM of the flagged episode and the DEC of the one before it; one of them is wrong, or an episode overlaps another."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes)
        var hits: [RuleHit] = []
        for rows in context.episodesByChild.values where rows.count > 1 {
            for (prev, row) in zip(rows, rows.dropFirst()) {
                let prevEnd = Batch3.blank(eps[prev, "DEC"]) ? context.collectionEnd : context.date(eps[prev, "DEC"])
                guard let start = context.date(eps[row, "DECOM"]), let prevEnd else { continue }
                if start < prevEnd { hits.append(RuleHit(.episodes, row: row)) }
            }
        }
        return hits.sorted { $0.row < $1.row }
    }
}
