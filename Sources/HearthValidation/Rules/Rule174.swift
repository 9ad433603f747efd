import Hearth
import HearthReturns

/// 174: a male child must not have a date of birth for a mother's child (male is M from 2024/25, 1 before).
struct Rule174: ValidationRule {
    let code = "174"
    let explanation = "MC_DOB (date of birth of the mother's child) is recorded but SEX says the child is male. Correct SEX or clear MC_DOB."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header), male = context.year.startYear >= 2024 ? "M" : "1"
        let h_MC_DOB = context.column(.header, "MC_DOB")
        let h_SEX = context.column(.header, "SEX")
        return h.hits { h_SEX[$0] == male && !h_MC_DOB[$0].isEmpty }
    }
}
