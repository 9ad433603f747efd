import Hearth
import HearthReturns

/// 177: the legal status of the adopters, when given, must be a valid LS_ADOPTR code.
struct Rule177: ValidationRule {
    let code = "177"
    let explanation = "LS_ADOPTR in the AD1 table must be L0, L11, L12, L2, L3 or L4. Correct the code."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.ad1)
        let t_LS_ADOPTR = context.column(.ad1, "LS_ADOPTR")
        return t.hits { let v = t_LS_ADOPTR[$0]; return !(v.isEmpty || AdopterLegalStatus(rawValue: v).isValid(in: context.year)) }
    }
}
