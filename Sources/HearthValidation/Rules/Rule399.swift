import Hearth
import HearthReturns

/// 399: a child looked after only under short breaks (every episode V3 or V4) should have no
/// MOTHER value and no reviews. Flags all the child's episodes and Header row, and the review
/// rows at fault (all of them when MOTHER is filled in), as the DfE validator does.
struct Rule399: ValidationRule {
    let code = "399"
    let explanation = "The child is only looked after for short breaks (V3/V4), so the MOTHER field and reviews are not collected for them. Remove them, or correct the legal status."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes), header = context.table(.header), reviews = context.table(.reviews)
        let reviewsByChild = reviews.rowsPerChild()
        var hits: [RuleHit] = []
        let headerRows = context.headerRowsPerChild()
        for (child, rows) in context.episodesByChild where rows.allSatisfy({ shortBreakStatuses.contains(episodes[$0, "LS"]) }) {
            let h = context.headerRowByChild[child]
            let mother = h.map { !header.isBlank($0, "MOTHER") } ?? false
            let childReviews = reviewsByChild[child] ?? []
            let filled = mother ? childReviews : childReviews.filter { reviews.anyRecorded($0, ["REVIEW", "REVIEW_CODE"]) }
            guard mother || !filled.isEmpty else { continue }
            hits += rows.map { RuleHit(.episodes, row: $0) } + filled.map { RuleHit(.reviews, row: $0) }
            hits += (headerRows[child] ?? []).map { RuleHit(.header, row: $0) }
        }
        return hits
    }
}
