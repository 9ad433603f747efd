import Hearth
import HearthReturns

/// 551: a child in an adoption placement (A3–A6) must have a date of the decision that they
/// should be placed for adoption: the episode is flagged when the child has no PlacedAdoption
/// row, or has one with DATE_PLACED blank.
struct Rule551: ValidationRule {
    let code = "551"
    let explanation = "The child has been placed for adoption (PLACE A3–A6) but the PlacedAdoption table has no date of the decision that the child should be placed for adoption (DATE_PLACED). Add the decision and its date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), pa = context.table(.placedAdoption)
        let paByChild = Batch3.rowsByChild(pa)
        return (0..<eps.count).compactMap { i in
            guard ["A3", "A4", "A5", "A6"].contains(eps[i, "PLACE"]) else { return nil }
            let decisions = paByChild[eps[i, "CHILD"]] ?? []
            return decisions.isEmpty || decisions.contains(where: { Batch3.blank(pa[$0, "DATE_PLACED"]) }) ? RuleHit(.episodes, row: i) : nil
        }
    }
}
