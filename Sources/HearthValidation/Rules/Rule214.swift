import Hearth
import HearthReturns

/// 214: a short-break episode (LS V3/V4) must not have a placement postcode or URN.
struct Rule214: ValidationRule {
    let code = "214"
    let explanation = "Short breaks (legal status V3 or V4) do not record the placement postcode (PL_POST) or URN. Clear them."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        return t.hits { (t[$0, "LS"] == "V3" || t[$0, "LS"] == "V4") && (t.has($0, "PL_POST") || t.has($0, "URN")) }
    }
}
