import Hearth
import HearthReturns

/// 383: after a temporary placement (T0–T4) the child must return to their normal placement: the
/// episode after it must be a change of placement only (RNE = P) back to the placement type
/// held before it.
struct Rule383: ValidationRule {
    let code = "383"
    let explanation = "After a temporary placement the child should go back to their usual placement: the next episode should have RNE P and the same placement type as before the temporary one. Check the episodes around the temporary placement."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        var hits: [RuleHit] = []
        for rows in context.episodesByChild.values where rows.count >= 3 {
            for k in 2..<rows.count where Batch2Codes.temporaryPlacements.contains(episodes[rows[k - 1], "PLACE"]) {
                let e = rows[k]
                if episodes[e, "RNE"] != "P" || episodes[e, "PLACE"] != episodes[rows[k - 2], "PLACE"] { hits.append(RuleHit(.episodes, row: e)) }
            }
        }
        return hits
    }
}
