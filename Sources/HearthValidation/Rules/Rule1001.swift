import Hearth
import HearthReturns

/// 1001: care leaver information is only for relevant or former relevant children: at least
/// 13 weeks (91 days) looked after since the 14th birthday, some of it after the 16th, and not
/// adopted at the end of the last episode. Episodes come from this return and last year's
/// (a duplicate start date is counted once); short breaks (V3/V4) do not count; an open last
/// episode runs to the end of the year.
///
/// Interpretation: the DfE validator leaves children aged 20 or over at the end of the year out
/// of its totals and so flags every one of them; we count their episodes like anyone else's
/// (docs/validation-differences-batch2.md).
struct Rule1001: ValidationRule {
    let code = "1001"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "The episodes this year and last do not show the young person looked after for 13 weeks after their 14th birthday including time after their 16th, or they were adopted, so they are not a care leaver and should have no OC3 care leaver information. Check the episodes (including last year's) and remove the OC3 row if they are right."

    private struct Stay { var start: Day?; var end: Day?; var ls: String; var rec: String }

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc3 = context.table(.oc3), current = context.table(.episodes), header = context.table(.header)
        guard let previous = context.previousTable(.episodes),
              oc3.count > 0, current.count > 0, header.count > 0, previous.count > 0 else { return [] }
        // Each OC3 child's stays, one per start date, keeping the one that ended first (this
        // year's rows, then last year's, each in file order).
        let currentRows = current.rowGroupsByChild(), previousRows = previous.rowGroupsByChild()
        var stays: [String: [String: Stay]] = [:]
        for child in Set((0..<oc3.count).map { oc3[$0, "CHILD"] }) {
            var byStart: [String: Stay] = [:]
            for (episodes, rows) in [(current, currentRows[child] ?? []), (previous, previousRows[child] ?? [])] {
                for i in rows {
                    let key = episodes[i, "DECOM"]
                    let stay = Stay(start: Day.fromCell(key), end: context.dateCell(episodes, i, "DEC"),
                                    ls: episodes[i, "LS"].uppercased(), rec: episodes[i, "REC"].uppercased())
                    if let kept = byStart[key] {
                        if let e = stay.end, kept.end.map({ e < $0 }) ?? true { byStart[key] = stay }
                    } else { byStart[key] = stay }
                }
            }
            if !byStart.isEmpty { stays[child] = byStart }
        }
        var careLeaver: [String: Bool] = [:]
        for (child, byStart) in stays {
            var list = Array(byStart.values)
            let last = list.indices.filter { list[$0].start != nil }.max { list[$0].start! < list[$1].start! }
            if let last, list[last].end == nil { list[last].end = context.collectionEnd }
            let adopted = last.map { ["E11", "E12"].contains(list[$0].rec) } ?? false
            guard !adopted, let dob = context.birthDate(of: child) else { careLeaver[child] = false; continue }
            let at14 = dob.yearsAfter(14), at16 = dob.yearsAfter(16)
            var after14 = 0, after16 = 0
            for s in list where !Batch2Codes.shortBreakStatuses.contains(s.ls) {
                guard let end = s.end else { continue }
                after14 += max(0, max(s.start ?? at14, at14).days(to: end))
                after16 += max(0, max(s.start ?? at16, at16).days(to: end))
            }
            careLeaver[child] = after14 >= 91 && after16 >= 1
        }
        return (0..<oc3.count).filter { !(careLeaver[oc3[$0, "CHILD"]] ?? false) }.map { RuleHit(.oc3, row: $0) }
    }
}
