import Hearth
import HearthReturns

/// 1014: UASC information is not needed for care leavers: a child in the UASC table whose
/// episodes all fall outside this year (none open or ending on or after 1 April and starting by
/// 31 March) and who has care leaver information is flagged in UASC and OC3, as the DfE validator does.
/// Only children with some episodes are checked.
struct Rule1014: ValidationRule {
    let code = "1014"
    let explanation = "The young person was not looked after during the year and has care leaver information, so there should be no UASC row for them. Remove the UASC row, or check the episode dates."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let uasc = context.table(.uasc), oc3 = context.table(.oc3), episodes = context.table(.episodes)
        let oc3ByChild = oc3.rowsOfEachChild()
        var hits: [RuleHit] = []
        for (child, rows) in uasc.rowsOfEachChild() {
            guard let eps = context.episodesByChild[child] else { continue }
            let inYear = eps.contains { e in
                guard let start = context.dateCell(episodes, e, "DECOM"), start <= context.collectionEnd else { return false }
                if episodes.isBlankCell(e, "DEC") { return true }
                return context.dateCell(episodes, e, "DEC").map { $0 >= context.collectionStart } ?? false
            }
            let leaverRows = (oc3ByChild[child] ?? []).filter { oc3.anyRecorded($0, Batch2Codes.careLeaverFields) }
            if !inYear && !leaverRows.isEmpty {
                hits += rows.map { RuleHit(.uasc, row: $0) } + leaverRows.map { RuleHit(.oc3, row: $0) }
            }
        }
        return hits
    }
}
