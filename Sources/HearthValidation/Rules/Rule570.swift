import Hearth
import HearthReturns

/// 570: a missing period cannot start after 31 March, the end of the collection year.
struct Rule570: ValidationRule {
    let code = "570"
    let explanation = "MIS_START is after the end of the collection year (31 March). Periods starting later belong in next year's return; correct the date or remove the row."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.missing)
        return (0..<t.count).compactMap { i in
            (context.date(t[i, "MIS_START"]).map { $0 > context.collectionEnd } ?? false) ? RuleHit(.missing, row: i) : nil
        }
    }
}
