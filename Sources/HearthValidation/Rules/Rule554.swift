import Hearth
import HearthReturns

/// 554: the decision that the child should be placed for adoption must be on or before the
/// placement order was granted (DECOM of the child's first E1 episode). Both rows are flagged.
struct Rule554: ValidationRule {
    let code = "554"
    let explanation = "A placement order (legal status E1) can only follow the decision that the child should be placed for adoption, so DATE_PLACED must be on or before the start of the first E1 episode. Correct whichever date is wrong; if the order began in an earlier year, check that year's record."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), pa = context.table(.placedAdoption)
        let paByChild = Batch3.rowsByChild(pa)
        var firstOrder: [String: (row: Int, day: Day)] = [:]
        for i in 0..<eps.count where eps[i, "LS"] == "E1" {
            guard let d = context.date(eps[i, "DECOM"]) else { continue }
            if let f = firstOrder[eps[i, "CHILD"]], !(d < f.day) { continue }
            firstOrder[eps[i, "CHILD"]] = (i, d)
        }
        var hits: [RuleHit] = []
        for (child, first) in firstOrder {
            for p in paByChild[child] ?? [] {
                guard let placed = context.date(pa[p, "DATE_PLACED"]), placed > first.day else { continue }
                hits += [RuleHit(.episodes, row: first.row), RuleHit(.placedAdoption, row: p)]
            }
        }
        return Batch3.distinct(hits)
    }
}
