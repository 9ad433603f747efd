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
        let shortBreaksOnly = context.episodesByChild.filter { $0.value.allSatisfy { Batch2Codes.shortBreakStatuses.contains(episodes[$0, "LS"]) } }
        guard !shortBreaksOnly.isEmpty else { return [] }
        var reviewsByChild: [String: [Int]] = [:]
        for r in 0..<reviews.count where shortBreaksOnly[reviews[r, "CHILD"]] != nil { reviewsByChild[reviews[r, "CHILD"], default: []].append(r) }
        var hits: [RuleHit] = []
        let repeated = context.repeatedHeaderRows()
        for (child, rows) in shortBreaksOnly {
            let h = context.headerRowByChild[child]
            let mother = h.map { !header.isBlankCell($0, "MOTHER") } ?? false
            let childReviews = reviewsByChild[child] ?? []
            let filled = mother ? childReviews : childReviews.filter { reviews.anyRecorded($0, ["REVIEW", "REVIEW_CODE"]) }
            guard mother || !filled.isEmpty else { continue }
            hits += rows.map { RuleHit(.episodes, row: $0) } + filled.map { RuleHit(.reviews, row: $0) }
            hits += context.headerRows(of: child, repeated).map { RuleHit(.header, row: $0) }
        }
        return hits
    }
}
