import Hearth
import HearthReturns

/// 176: the sex of the adopters, when given, must be M1, F1, MM, FF or MF.
struct Rule176: ValidationRule {
    let code = "176"
    let explanation = "SEX_ADOPTR in the AD1 table must be M1, F1, MM, FF or MF. Correct the code."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.ad1)
        let t_SEX_ADOPTR = context.column(.ad1, "SEX_ADOPTR")
        return t.hits { let v = t_SEX_ADOPTR[$0]; return !(v.isEmpty || AdopterSex(rawValue: v).isValid(in: context.year)) }
    }
}
