import Hearth
import HearthReturns

/// 571: a missing period's end date (MIS_END) must fall within the collection year.
struct Rule571: ValidationRule {
    let code = "571"
    let explanation = "MIS_END is before 1 April or after 31 March of the collection year. A period that ended before the year should not be in this return, and one still going on 31 March has a blank MIS_END. Correct the date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.missing)
        return (0..<t.count).compactMap { i in
            (context.date(t[i, "MIS_END"]).map { $0 < context.collectionStart || $0 > context.collectionEnd } ?? false) ? RuleHit(.missing, row: i) : nil
        }
    }
}
