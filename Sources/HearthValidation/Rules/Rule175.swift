import Hearth
import HearthReturns

/// 175: the number of adopters, when given, must be 1 or 2.
struct Rule175: ValidationRule {
    let code = "175"
    let explanation = "NB_ADOPTR in the AD1 table must be 1 or 2. Correct the number of adopters."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.ad1)
        let t_NB_ADOPTR = context.column(.ad1, "NB_ADOPTR")
        return t.hits { let v = t_NB_ADOPTR[$0]; return !(v.isEmpty || v == "1" || v == "2") }
    }
}
