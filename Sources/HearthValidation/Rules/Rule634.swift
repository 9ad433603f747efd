import Hearth
import HearthReturns

/// 634: previous permanence is only collected for children who started to be looked after in the
/// collection year. The DfE message names 1 April 2016, the start of the year the item was
/// introduced; like the DfE tool we read it as the start of the current collection year. A PrevPerm
/// row with any entry is flagged, with the child's episodes, when the child's latest episode began
/// before 1 April.
struct Rule634: ValidationRule {
    let code = "634"
    let explanation = "Previous permanence (PREV_PERM, LA_PERM, DATE_PERM) is only recorded for children who started to be looked after in this collection year, but this child's episodes all began earlier. Remove the entries, or correct the episode dates."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), pp = context.table(.prevPerm)
        var hits: [RuleHit] = []
        for p in 0..<pp.count where ["PREV_PERM", "DATE_PERM", "LA_PERM"].contains(where: { !Batch3.blank(pp[p, $0]) }) {
            let rows = context.episodesByChild[pp[p, "CHILD"]] ?? []
            let latest = rows.compactMap { context.date(eps[$0, "DECOM"]) }.max()
            guard let latest, latest < context.collectionStart else { continue }
            hits.append(RuleHit(.prevPerm, row: p))
            hits += rows.map { RuleHit(.episodes, row: $0) }
        }
        return Batch3.distinct(hits)
    }
}
