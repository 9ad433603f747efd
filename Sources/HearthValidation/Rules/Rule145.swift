import Hearth
import HearthReturns

/// 145: the category of need, when given, must be N1–N8.
struct Rule145: ValidationRule {
    let code = "145"
    let explanation = "CIN in the Episodes table must be a category of need code N1 to N8. Correct the code."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        return t.hits { let v = t[$0, "CIN"]; return !(v.isEmpty || NeedCode(rawValue: v).isValid(in: context.year)) }
    }
}
