import Hearth
import HearthReturns

/// 222: a URN must not be given for placement types without one (P1, P3, R1, R2, R5, T0–T4, and Z1 or Z11–Z14 by year), except the XXXXXXX placeholder.
struct Rule222: ValidationRule {
    let code = "222"
    let explanation = "This placement type has no Ofsted registration, so URN should be blank. Clear URN, or correct PLACE."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes), none = PlacementGroups.noURN(context.year)
        let t_PLACE = context.column(.episodes, "PLACE")
        let t_URN = context.column(.episodes, "URN")
        return t.hits { none.contains(t_PLACE[$0]) && !t_URN[$0].isEmpty && t_URN[$0] != "XXXXXXX" }
    }
}
