import Hearth
import HearthReturns

/// 564: a missing or away-without-authorisation period (MISSING M or A) needs its start date.
struct Rule564: ValidationRule {
    let code = "564"
    let explanation = "MISSING says the child was missing (M) or away without authorisation (A), but MIS_START, the date it began, is blank. Fill in MIS_START."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.missing)
        return (0..<t.count).compactMap { i in
            ["M", "A"].contains(t[i, "MISSING"].uppercased()) && Batch3.blank(t[i, "MIS_START"]) ? RuleHit(.missing, row: i) : nil
        }
    }
}
