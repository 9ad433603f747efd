import Hearth
import HearthReturns

/// 113: the date the child was matched with adopters, when given, must be a valid date.
struct Rule113: ValidationRule {
    let code = "113"
    let explanation = "DATE_MATCH in the AD1 table is not a real dd/mm/yyyy date. Enter the matching date or leave it blank."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.ad1)
        let t_DATE_MATCH = context.column(.ad1, "DATE_MATCH")
        let t_DATE_MATCH_d = context.dates(.ad1, "DATE_MATCH")
        return t.hits { (!t_DATE_MATCH[$0].isEmpty && t_DATE_MATCH_d[$0] == nil) }
    }
}
