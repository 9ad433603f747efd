import Hearth
import HearthReturns

/// 114: FOSTER_CARE (adopted by former foster carers), when given, must be 0 or 1.
struct Rule114: ValidationRule {
    let code = "114"
    let explanation = "FOSTER_CARE in the AD1 table must be 1 if the adopters were the child's foster carers, 0 if not, or blank. Correct the value."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.ad1)
        let t_FOSTER_CARE = context.column(.ad1, "FOSTER_CARE")
        return t.hits { let v = t_FOSTER_CARE[$0]; return !(v.isEmpty || v == "0" || v == "1") }
    }
}
