import Hearth
import HearthReturns

/// 566: a period with an end date (MIS_END) must say whether the child was missing or away without authorisation (MISSING).
struct Rule566: ValidationRule {
    let code = "566"
    let explanation = "MIS_END is filled in but MISSING is blank. Record M (missing) or A (away from placement without authorisation)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.missing)
        return (0..<t.count).compactMap { i in
            !Batch3.blank(t[i, "MIS_END"]) && Batch3.blank(t[i, "MISSING"]) ? RuleHit(.missing, row: i) : nil
        }
    }
}
