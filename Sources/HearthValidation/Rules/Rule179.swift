import Hearth
import HearthReturns

/// 179: the placement postcode must give a placement location (inside or outside the council), except for short breaks (V3/V4).
struct Rule179: ValidationRule {
    let code = "179"
    let needs: Set<RuleInput> = [.postcodeDirectory]
    let explanation = "PL_POST is blank or not a known postcode, so whether the placement is inside or outside the council's area cannot be worked out. Enter the placement's full postcode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let pc = context.postcodes else { return [] }
        let e = context.table(.episodes)
        let e_LS = context.column(.episodes, "LS")
        let e_PL_POST = context.column(.episodes, "PL_POST")
        return e.hits { i in e_LS[i] != "V3" && e_LS[i] != "V4" && pc.localAuthority(e_PL_POST[i]) == nil }
    }
}
