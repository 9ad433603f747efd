import Hearth
import HearthReturns

/// 586: a missing period cannot start before the child was born. The DfE says "before" the date of birth, so a start on the birth date itself is not flagged (the reference tool flags it).
struct Rule586: ValidationRule {
    let code = "586"
    let explanation = "MIS_START is before the child's date of birth (DOB). Correct MIS_START or the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.missing)
        return (0..<t.count).compactMap { i in
            (context.date(t[i, "MIS_START"]).flatMap { s in context.date(t[i, "DOB"]).map { s < $0 } } ?? false) ? RuleHit(.missing, row: i) : nil
        }
    }
}
