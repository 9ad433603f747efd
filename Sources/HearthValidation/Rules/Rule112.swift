import Hearth
import HearthReturns

/// 112: the date a child should be placed for adoption, when given, must be a valid date.
struct Rule112: ValidationRule {
    let code = "112"
    let explanation = "DATE_INT in the AD1 table is not a real dd/mm/yyyy date. Enter the date of the decision that the child should be placed for adoption, or leave it blank."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.ad1)
        let t_DATE_INT = context.column(.ad1, "DATE_INT")
        let t_DATE_INT_d = context.dates(.ad1, "DATE_INT")
        return t.hits { (!t_DATE_INT[$0].isEmpty && t_DATE_INT_d[$0] == nil) }
    }
}
