import Hearth
import HearthReturns

/// 153: the care-leaver items (IN_TOUCH, ACTIV, ACCOM) must all be given or all be blank.
struct Rule153: ValidationRule {
    let code = "153"
    let explanation = "Some but not all of IN_TOUCH, ACTIV and ACCOM are filled in for this care leaver. Complete all three, or none."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc3)
        let fields = ["IN_TOUCH", "ACTIV", "ACCOM"]
        return t.hits { i in let n = fields.filter { t.has(i, $0) }.count; return n > 0 && n < fields.count }
    }
}
