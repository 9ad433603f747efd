import Hearth
import HearthReturns

/// 169: the placement postcode must give a placement local authority, except for short breaks (V3/V4).
struct Rule169: ValidationRule {
    let code = "169"
    let needs: Set<RuleInput> = [.postcodeDirectory]
    let explanation = "PL_POST is blank or not a known postcode, so the placement's local authority cannot be found. Enter the placement's full postcode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let pc = context.postcodes else { return [] }
        let e = context.table(.episodes)
        return e.hits { i in e[i, "LS"] != "V3" && e[i, "LS"] != "V4" && pc.localAuthority(e[i, "PL_POST"]) == nil }
    }
}
