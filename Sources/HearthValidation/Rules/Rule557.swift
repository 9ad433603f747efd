import Hearth
import HearthReturns

/// 557: a child who was placed for adoption (A3–A6) or under a placement order (E1) and then left
/// care other than by adoption (REC not E11/E12, not X1) needs the decision to place for adoption
/// closed: DATE_PLACED_CEASED and REASON_PLACED_CEASED. The episode is flagged, and each of the
/// child's PlacedAdoption rows left incomplete. Up to 2023/24 a freeing order (D1) counted too;
/// the DfE dropped it from 2024/25.
struct Rule557: ValidationRule {
    let code = "557"
    let explanation = "The child was to be adopted (adoption placement or placement order) but left care without being adopted, so the decision that they should be placed for adoption has ended: fill in DATE_PLACED_CEASED and REASON_PLACED_CEASED in PlacedAdoption (add the row if it is missing)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), pa = context.table(.placedAdoption)
        let paByChild = Batch3.rowsByChild(pa)
        let orders: Set<String> = context.year.startYear >= 2024 ? ["E1"] : ["D1", "E1"]
        var hits: [RuleHit] = []
        for i in 0..<eps.count {
            let rec = eps[i, "REC"]
            guard ["A3", "A4", "A5", "A6"].contains(eps[i, "PLACE"]) || orders.contains(eps[i, "LS"]),
                  !Batch3.blank(rec), rec != "X1", rec != "E11", rec != "E12" else { continue }
            let decisions = paByChild[eps[i, "CHILD"]] ?? []
            let incomplete = decisions.filter { Batch3.blank(pa[$0, "DATE_PLACED_CEASED"]) || Batch3.blank(pa[$0, "REASON_PLACED_CEASED"]) }
            if decisions.isEmpty || !incomplete.isEmpty { hits.append(RuleHit(.episodes, row: i)) }
            hits += incomplete.map { RuleHit(.placedAdoption, row: $0) }
        }
        return Batch3.distinct(hits)
    }
}
