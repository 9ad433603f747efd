import Hearth
import HearthReturns

/// 214: a short-break episode (LS V3/V4) must not have a placement postcode or URN.
struct Rule214: ValidationRule {
    let code = "214"
    let explanation = "Short breaks (legal status V3 or V4) do not record the placement postcode (PL_POST) or URN. Clear them."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        let t_LS = context.column(.episodes, "LS")
        let t_PL_POST = context.column(.episodes, "PL_POST")
        let t_URN = context.column(.episodes, "URN")
        return t.hits { (t_LS[$0] == "V3" || t_LS[$0] == "V4") && (!t_PL_POST[$0].isEmpty || !t_URN[$0].isEmpty) }
    }
}
