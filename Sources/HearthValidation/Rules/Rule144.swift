import Hearth
import HearthReturns

/// 144: the legal status, when given, must be a valid LS code.
struct Rule144: ValidationRule {
    let code = "144"
    let explanation = "LS in the Episodes table must be a DfE legal status code (C1, C2, D1, E1, V2, V3, V4, J1–J3, L1–L3). Correct the legal status."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        let t_LS = context.column(.episodes, "LS")
        return t.hits { let v = t_LS[$0]; return !(v.isEmpty || LegalStatus(rawValue: v).isValid(in: context.year)) }
    }
}
