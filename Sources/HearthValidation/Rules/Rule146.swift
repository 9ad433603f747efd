import Hearth
import HearthReturns

/// 146: the placement type, when given, must be on the year's PLACE list (K3 from 2024/25; H5, P2, Z1 withdrawn in 2025/26).
struct Rule146: ValidationRule {
    let code = "146"
    let explanation = "PLACE in the Episodes table is not a placement type code valid in this collection year. Correct it using the year's list (for example K3 for registered supported accommodation from 2024/25)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        let t_PLACE = context.column(.episodes, "PLACE")
        return t.hits { let v = t_PLACE[$0]; return !(v.isEmpty || PlacementType(rawValue: v).isValid(in: context.year)) }
    }
}
