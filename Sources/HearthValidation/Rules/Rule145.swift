import Hearth
import HearthReturns

/// 145: the category of need, when given, must be N1–N8 (not the CIN census extras N0 and N9).
struct Rule145: ValidationRule {
    let code = "145"
    let explanation = "CIN in the Episodes table must be a category of need code N1 to N8. Correct the code."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        let t_CIN = context.column(.episodes, "CIN")
        // The shared need list also carries the CIN census's N0 and N9, which the 903 does not use.
        let codes: Set<String> = ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"]
        return t.hits { let v = t_CIN[$0]; return !(v.isEmpty || codes.contains(v)) }
    }
}
