import Hearth
import HearthReturns

/// 331: the date of matching with adopters (DATE_MATCH) must be on or before the date of
/// placement for adoption: the start of the episode that ended in adoption (REC E11/E12).
/// Flags the AD1 row and the episode.
struct Rule331: ValidationRule {
    let code = "331"
    let explanation = "The child was matched with their adopters after the start of the adoptive placement. Correct DATE_MATCH in the adoption (AD1) record or the start of the episode that ended in adoption."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes), ad1 = context.table(.ad1)
        var hits = Set<RuleHit>()
        for (child, rows) in ad1.rowsOfEachChild() {
            for e in context.episodesByChild[child] ?? [] where ["E11", "E12"].contains(episodes[e, "REC"]) {
                guard let placed = context.dateCell(episodes, e, "DECOM") else { continue }
                for a in rows where context.dateCell(ad1, a, "DATE_MATCH").map({ $0 > placed }) ?? false {
                    hits.insert(RuleHit(.ad1, row: a)); hits.insert(RuleHit(.episodes, row: e))
                }
            }
        }
        return Array(hits)
    }
}
