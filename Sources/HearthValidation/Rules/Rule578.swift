import Hearth
import HearthReturns

/// 578: a child cannot start to be missing after they ceased to be looked after: flagged when
/// MIS_START falls in none of the child's periods of care but after the end of one of them.
/// (Starts before any care are rule 581's.)
struct Rule578: ValidationRule {
    let code = "578"
    let explanation = "MIS_START is after the child stopped being looked after, so this is not a missing period from care. Correct MIS_START, or the episode dates."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.missing)
        let periods = Batch3.carePeriods(context)
        return (0..<t.count).compactMap { i in
            guard let start = context.date(t[i, "MIS_START"]), let child = periods[t[i, "CHILD"]] else { return nil }
            let inCare = child.contains { $0.start <= start && ($0.end.map { start <= $0 } ?? true) }
            let afterCare = child.contains { $0.end.map { $0 < start } ?? false }
            return !inCare && afterCare ? RuleHit(.missing, row: i) : nil
        }
    }
}
