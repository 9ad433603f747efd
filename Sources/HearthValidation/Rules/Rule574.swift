import Hearth
import HearthReturns

/// 574: a child's missing periods cannot overlap, and a new one cannot start while an earlier one
/// is still open. Periods are ordered by end (or start, when open) as the DfE tool orders them;
/// each period after an open one, or starting before the previous one ended, is flagged.
struct Rule574: ValidationRule {
    let code = "574"
    let explanation = "A child can only be missing once at a time: this period starts before the previous one ended, or the previous one has no end date. Correct MIS_START/MIS_END, or close the earlier period."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.missing)
        var hits: [RuleHit] = []
        for rows in Batch3.rowsByChild(t).values where rows.count > 1 {
            let key = { (r: Int) -> (Int32, Int32, Int) in
                let s = context.date(t[r, "MIS_START"]), e = context.date(t[r, "MIS_END"]) ?? s
                return (e?.ordinal ?? .max, s?.ordinal ?? .max, r)
            }
            let sorted = rows.sorted { key($0) < key($1) }
            for (prev, row) in zip(sorted, sorted.dropFirst()) {
                guard let prevEnd = context.date(t[prev, "MIS_END"]) else { hits.append(RuleHit(.missing, row: row)); continue }
                if let start = context.date(t[row, "MIS_START"]), start < prevEnd { hits.append(RuleHit(.missing, row: row)) }
            }
        }
        return hits.sorted { $0.row < $1.row }
    }
}
