import Hearth
import HearthReturns

/// 133: ACCOM must be a valid care-leaver accommodation code; blank is invalid.
struct Rule133: ValidationRule {
    let code = "133"
    let explanation = "ACCOM in the OC3 table must be a DfE accommodation code (B1 … Z2, or 0 when not in touch, died or returned home). Enter the care leaver's accommodation and whether it is suitable."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc3)
        let t_ACCOM = context.column(.oc3, "ACCOM")
        return t.hits { !CareLeaverAccommodation(rawValue: t_ACCOM[$0]).isValid(in: context.year) }
    }
}
