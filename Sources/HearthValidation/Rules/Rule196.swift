import Hearth
import HearthReturns

/// 196: the reason for no SDQ score, when given, must be SDQ1–SDQ5.
struct Rule196: ValidationRule {
    let code = "196"
    let explanation = "SDQ_REASON in the OC2 table must be SDQ1 to SDQ5. Correct the code."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        let t_SDQ_REASON = context.column(.oc2, "SDQ_REASON")
        return t.hits { let v = t_SDQ_REASON[$0]; return !(v.isEmpty || SDQReason(rawValue: v).isValid(in: context.year)) }
    }
}
