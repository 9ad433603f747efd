import Hearth
import HearthReturns

/// 113: the date the child was matched with adopters, when given, must be a valid date.
struct Rule113: ValidationRule {
    let code = "113"
    let explanation = "DATE_MATCH in the AD1 table is not a real dd/mm/yyyy date. Enter the matching date or leave it blank."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.ad1)
        return t.hits { context.isInvalidDate(t[$0, "DATE_MATCH"]) }
    }
}
