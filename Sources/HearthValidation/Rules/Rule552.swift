import Hearth
import HearthReturns

/// 552: the latest decision that the child should be placed for adoption must be on or before
/// the start of the child's first adoption placement (A3–A6). Both rows are flagged.
struct Rule552: ValidationRule {
    let code = "552"
    let explanation = "The decision to place the child for adoption (DATE_PLACED) must come on or before the child was actually placed for adoption (DECOM of the first A3–A6 episode). Correct whichever date is wrong."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), pa = context.table(.placedAdoption)
        let lastDecision = Batch3.latestRow(pa, "DATE_PLACED")
        var firstPlacement: [String: (row: Int, day: Day)] = [:]
        for i in 0..<eps.count where ["A3", "A4", "A5", "A6"].contains(eps[i, "PLACE"]) {
            guard let d = context.date(eps[i, "DECOM"]) else { continue }
            if let f = firstPlacement[eps[i, "CHILD"]], !(d < f.day) { continue }
            firstPlacement[eps[i, "CHILD"]] = (i, d)
        }
        var hits: [RuleHit] = []
        for (child, first) in firstPlacement {
            guard let p = lastDecision[child], let placed = context.date(pa[p, "DATE_PLACED"]), first.day < placed else { continue }
            hits += [RuleHit(.episodes, row: first.row), RuleHit(.placedAdoption, row: p)]
        }
        return Batch3.distinct(hits)
    }
}
