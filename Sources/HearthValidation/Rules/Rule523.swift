import Hearth
import HearthReturns

/// 523: the decision that the child should be placed for adoption (DATE_PLACED) is the same
/// decision as adoption being in the child's best interests (AD1 DATE_INT): the dates must agree.
/// Both rows are flagged, for every pair of filled dates that differ.
struct Rule523: ValidationRule {
    let code = "523"
    let explanation = "The date of the decision that the child should be placed for adoption (PlacedAdoption DATE_PLACED) must be the same as the date adoption was decided to be in the child's best interests (AD1 DATE_INT). Make the two dates agree."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let pa = context.table(.placedAdoption), ad1 = context.table(.ad1)
        let ad1ByChild = Batch3.rowsByChild(ad1)
        var hits: [RuleHit] = []
        for p in 0..<pa.count {
            guard let placed = context.date(pa[p, "DATE_PLACED"]) else { continue }
            for a in ad1ByChild[pa[p, "CHILD"]] ?? [] {
                guard let dateInt = context.date(ad1[a, "DATE_INT"]), dateInt != placed else { continue }
                hits += [RuleHit(.placedAdoption, row: p), RuleHit(.ad1, row: a)]
            }
        }
        return Batch3.distinct(hits)
    }
}
