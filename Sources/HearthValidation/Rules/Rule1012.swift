import Hearth
import HearthReturns

/// 1012: children with no episodes this year (OC3-only children) must have no other data: rows
/// in PlacedAdoption, Missing, Reviews, AD1, PrevPerm or OC2 for a child without episodes are flagged.
struct Rule1012: ValidationRule {
    let code = "1012"
    let explanation = "This child has no episodes of care this year, so they should only appear in the care leaver (OC3) table. Remove this row, or add the missing episodes, or correct the child identifier."

    func check(_ context: ValidationContext) -> [RuleHit] {
        var hits: [RuleHit] = []
        for name in [SSDA903TableName.placedAdoption, .missing, .reviews, .ad1, .prevPerm, .oc2] {
            let t = context.table(name)
            hits += (0..<t.count).filter { context.episodesByChild[t[$0, "CHILD"]] == nil }.map { RuleHit(name, row: $0) }
        }
        return hits
    }
}
