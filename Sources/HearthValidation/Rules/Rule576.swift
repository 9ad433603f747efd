import Hearth
import HearthReturns

/// 576: a missing period still open at the end of last year's return must reappear this year:
/// the child's earliest missing period this year must start on the same date.
struct Rule576: ValidationRule {
    let code = "576"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return left this child missing (a period with no MIS_END). That period continues into this year, so this year's first missing period must start on the same date. Add it, or correct the dates here or last year."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.missing) else { return [] }
        let t = context.table(.missing)
        var openStarts: [String: [Day]] = [:]
        for i in 0..<last.count where Batch3.blank(last[i, "MIS_END"]) {
            if let d = context.date(last[i, "MIS_START"]) { openStarts[last[i, "CHILD"], default: []].append(d) }
        }
        var first: [String: (row: Int, day: Day?)] = [:]
        for i in 0..<t.count {
            let d = context.date(t[i, "MIS_START"])
            if let f = first[t[i, "CHILD"]], !((d?.ordinal ?? .max) < (f.day?.ordinal ?? .max)) { continue }
            first[t[i, "CHILD"]] = (i, d)
        }
        return first.compactMap { child, f in
            (openStarts[child] ?? []).contains { $0 != f.day } ? RuleHit(.missing, row: f.row) : nil
        }.sorted { $0.row < $1.row }
    }
}
