import Hearth
import HearthReturns

/// 584: last year's decision to place for adoption ended (ceased date or reason filled), so a
/// decision reported this year must be a new one: DATE_PLACED present and later than last year's.
struct Rule584: ValidationRule {
    let code = "584"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return shows the decision that this child should be placed for adoption had ended. A decision this year must be a new one, made after that one: DATE_PLACED must be filled in and later than last year's DATE_PLACED. Correct DATE_PLACED, or last year's return."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.placedAdoption) else { return [] }
        let t = context.table(.placedAdoption)
        var ended: [String: [Day?]] = [:]
        for i in 0..<last.count where !Batch3.blank(last[i, "DATE_PLACED_CEASED"]) || !Batch3.blank(last[i, "REASON_PLACED_CEASED"]) {
            ended[last[i, "CHILD"], default: []].append(context.date(last[i, "DATE_PLACED"]))
        }
        return (0..<t.count).compactMap { i in
            guard let previous = ended[t[i, "CHILD"]] else { return nil }
            guard let placed = context.date(t[i, "DATE_PLACED"]) else { return RuleHit(.placedAdoption, row: i) }
            return previous.contains { $0.map { placed <= $0 } ?? false } ? RuleHit(.placedAdoption, row: i) : nil
        }
    }
}
