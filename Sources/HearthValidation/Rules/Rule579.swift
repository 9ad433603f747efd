import Hearth
import HearthReturns

/// 579: a child's decisions to be placed for adoption cannot overlap: in DATE_PLACED order, each
/// decision after one without a DATE_PLACED_CEASED, or made before the previous one ceased, is flagged.
struct Rule579: ValidationRule {
    let code = "579"
    let explanation = "A new decision that the child should be placed for adoption can only be made once the previous decision has ceased: the previous decision has no DATE_PLACED_CEASED, or this DATE_PLACED is before it. Close the earlier decision or correct the dates."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.placedAdoption)
        var hits: [RuleHit] = []
        for rows in Batch3.rowsByChild(t).values where rows.count > 1 {
            let key = { (r: Int) -> (Int32, Int32, Int) in
                let s = context.date(t[r, "DATE_PLACED"])
                return (s?.ordinal ?? .max, 0, r)
            }
            let sorted = rows.sorted { key($0) < key($1) }
            for (prev, row) in zip(sorted, sorted.dropFirst()) {
                guard let prevEnd = context.date(t[prev, "DATE_PLACED_CEASED"]) else { hits.append(RuleHit(.placedAdoption, row: row)); continue }
                if let start = context.date(t[row, "DATE_PLACED"]), start < prevEnd { hits.append(RuleHit(.placedAdoption, row: row)) }
            }
        }
        return hits.sorted { $0.row < $1.row }
    }
}
