import Hearth
import HearthReturns

/// 171: the date of birth of the mother's child, when given, must be a valid date.
struct Rule171: ValidationRule {
    let code = "171"
    let explanation = "MC_DOB in the Header table is not a real dd/mm/yyyy date. Enter the date of birth of the young woman's child, or leave it blank."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header)
        let h_MC_DOB = context.column(.header, "MC_DOB")
        let h_MC_DOB_d = context.dates(.header, "MC_DOB")
        return h.hits { (!h_MC_DOB[$0].isEmpty && h_MC_DOB_d[$0] == nil) }
    }
}
