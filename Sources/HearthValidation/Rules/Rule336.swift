import Hearth
import HearthReturns

/// 336: a placement for adoption with consent (A3, A4) must follow a foster or adoption
/// placement (A3–A6, U1–U6) in the child's previous episode. A first episode is not checked.
struct Rule336: ValidationRule {
    let code = "336"
    let explanation = "The child was placed for adoption (A3/A4) straight from a placement that is not foster care or another adoption placement. Check the placement types of this episode and the one before."
    private static let before: Set<String> = ["A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6"]

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        var hits: [RuleHit] = []
        for child in context.episodesByChild.keys {
            let rows = context.datedEpisodes(of: child)
            for (k, e) in rows.enumerated().dropFirst() where ["A3", "A4"].contains(episodes[e, "PLACE"]) {
                if !Rule336.before.contains(episodes[rows[k - 1], "PLACE"]) { hits.append(RuleHit(.episodes, row: e)) }
            }
        }
        return hits
    }
}
