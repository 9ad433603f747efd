import Hearth
import HearthReturns

/// 565: a period with a start date (MIS_START) must say whether the child was missing or away without authorisation (MISSING).
struct Rule565: ValidationRule {
    let code = "565"
    let explanation = "MIS_START is filled in but MISSING is blank. Record M (missing) or A (away from placement without authorisation)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.missing)
        return (0..<t.count).compactMap { i in
            !Batch3.blank(t[i, "MIS_START"]) && Batch3.blank(t[i, "MISSING"]) ? RuleHit(.missing, row: i) : nil
        }
    }
}
