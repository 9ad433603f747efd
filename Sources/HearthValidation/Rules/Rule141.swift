import Hearth
import HearthReturns

/// 141: the episode start date, when given, must be a valid date.
struct Rule141: ValidationRule {
    let code = "141"
    let explanation = "DECOM in the Episodes table is not a real dd/mm/yyyy date. Enter the date the episode began."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        let t_DECOM = context.column(.episodes, "DECOM")
        let t_DECOM_d = context.dates(.episodes, "DECOM")
        return t.hits { (!t_DECOM[$0].isEmpty && t_DECOM_d[$0] == nil) }
    }
}
