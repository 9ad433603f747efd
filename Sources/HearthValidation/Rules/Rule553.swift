import Hearth
import HearthReturns

/// 553: a child with a placement order (LS E1) must have a decision that they should be placed for adoption.
/// An E1 episode is flagged when the child has no PlacedAdoption row; while the E1 episode is
/// still open, a PlacedAdoption row saying the decision ceased (DATE_PLACED_CEASED or
/// REASON_PLACED_CEASED filled) is flagged too.
struct Rule553: ValidationRule {
    let code = "553"
    let explanation = "A placement order (legal status E1) has been granted, so there must be a decision that the child should be placed for adoption in the PlacedAdoption table, and while the order lasts that decision cannot have ceased. Add the decision, or correct the legal status or the ceased fields."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), pa = context.table(.placedAdoption)
        let paByChild = Batch3.rowsByChild(pa)
        var hits: [RuleHit] = []
        for i in 0..<eps.count where eps[i, "LS"] == "E1" {
            let decisions = paByChild[eps[i, "CHILD"]] ?? []
            if decisions.isEmpty { hits.append(RuleHit(.episodes, row: i)) }
            guard Batch3.blank(eps[i, "DEC"]) else { continue }
            for p in decisions where !Batch3.blank(pa[p, "DATE_PLACED_CEASED"]) || !Batch3.blank(pa[p, "REASON_PLACED_CEASED"]) {
                hits.append(RuleHit(.placedAdoption, row: p))
            }
        }
        return Batch3.distinct(hits)
    }
}
