import Hearth
import HearthReturns

/// 567: a missing period cannot end (MIS_END) before it started (MIS_START).
struct Rule567: ValidationRule {
    let code = "567"
    let explanation = "MIS_END is before MIS_START. Correct whichever date is wrong."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.missing)
        return (0..<t.count).compactMap { i in
            (context.date(t[i, "MIS_START"]).flatMap { s in context.date(t[i, "MIS_END"]).map { $0 < s } } ?? false) ? RuleHit(.missing, row: i) : nil
        }
    }
}
