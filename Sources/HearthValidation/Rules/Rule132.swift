import Hearth
import HearthReturns

/// 132: ACTIV must be a valid care-leaver activity code; blank is invalid.
struct Rule132: ValidationRule {
    let code = "132"
    let explanation = "ACTIV in the OC3 table must be one of F1, P1, F2, P2, F4, P4, F5, P5, G4, G5, G6 or 0 (not in touch, died or returned home). Enter the care leaver's main activity."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc3)
        let t_ACTIV = context.column(.oc3, "ACTIV")
        return t.hits { !CareLeaverActivity(rawValue: t_ACTIV[$0]).isValid(in: context.year) }
    }
}
