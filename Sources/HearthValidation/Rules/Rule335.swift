import Hearth
import HearthReturns

/// 335: on an episode ending in adoption (REC E1, E11, E12), the placement must agree with
/// whether the adopters are the foster carers (AD1 FOSTER_CARE): 0 cannot go with A2, A3 or A5
/// (placements with the current foster carer), and 1 cannot go with A1, A4 or A6. Flags both rows.
struct Rule335: ValidationRule {
    let code = "335"
    let explanation = "Whether the child was adopted by their foster carers (FOSTER_CARE) does not agree with the last placement type: A2/A3/A5 mean placed with the current foster carer (FOSTER_CARE 1), A1/A4/A6 not (FOSTER_CARE 0). Correct one of them."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes), ad1 = context.table(.ad1)
        var hits = Set<RuleHit>()
        for (child, rows) in ad1.rowsOfEachChild() {
            for e in context.episodesByChild[child] ?? [] where ["E1", "E11", "E12"].contains(episodes[e, "REC"]) {
                let place = episodes[e, "PLACE"]
                for a in rows {
                    let foster = ad1[a, "FOSTER_CARE"]
                    if (["A2", "A3", "A5"].contains(place) && foster == "0") || (["A1", "A4", "A6"].contains(place) && foster == "1") {
                        hits.insert(RuleHit(.episodes, row: e)); hits.insert(RuleHit(.ad1, row: a))
                    }
                }
            }
        }
        return Array(hits)
    }
}
