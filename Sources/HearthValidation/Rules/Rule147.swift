import Hearth
import HearthReturns

/// 147: the episode end date, when given, must be a valid date.
struct Rule147: ValidationRule {
    let code = "147"
    let explanation = "DEC in the Episodes table is not a real dd/mm/yyyy date. Enter the date the episode ceased, or leave it blank if it is still open."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        let t_DEC = context.column(.episodes, "DEC")
        let t_DEC_d = context.dates(.episodes, "DEC")
        return t.hits { (!t_DEC[$0].isEmpty && t_DEC_d[$0] == nil) }
    }
}
