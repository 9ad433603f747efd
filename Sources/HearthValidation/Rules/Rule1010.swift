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
        var stillOpen = Set<String>()
        for (child, rows) in previous.rowsOfEachChildByStart() {
            if let last = rows.last(where: { context.dateCell(previous, $0, "DECOM") != nil }), previous.isBlankCell(last, "DEC") {
                stillOpen.insert(child)
            }
        }
        let oc3 = context.table(.oc3)
        return (0..<oc3.count).filter {
            let child = oc3[$0, "CHILD"]
            return stillOpen.contains(child) && context.episodesByChild[child] == nil
        }.map { RuleHit(.oc3, row: $0) }
    }
}
