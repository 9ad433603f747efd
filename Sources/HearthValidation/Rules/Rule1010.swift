import Hearth
import HearthReturns

/// 1010: a child whose last episode last year was still open must have episodes this year; a
/// care leaver (OC3) row without them is flagged.
struct Rule1010: ValidationRule {
    let code = "1010"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return ended with this child still looked after, but there are no episodes for them this year and there is care leaver information. Add this year's episodes (including the one that continued from last year), or correct the child identifier."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let previous = context.previousTable(.episodes) else { return [] }
        // Only OC3 children are asked about: last year's latest dated episode (the last row on
        // ties) has no DEC.
        let previousRows = previous.rowGroupsByChild()
        func stillOpen(_ child: String) -> Bool {
            var last: (day: Day, row: Int)? = nil
            for r in previousRows[child] ?? [] {
                if let d = context.dateCell(previous, r, "DECOM"), last.map({ d >= $0.day }) ?? true { last = (d, r) }
            }
            return last.map { previous.isBlankCell($0.row, "DEC") } ?? false
        }
        let oc3 = context.table(.oc3)
        return (0..<oc3.count).filter {
            let child = oc3[$0, "CHILD"]
            return context.episodesByChild[child] == nil && stillOpen(child)
        }.map { RuleHit(.oc3, row: $0) }
    }
}
