import Hearth
import HearthReturns

/// 102: the date of birth must be a valid dd/mm/yyyy date.
struct Rule102: ValidationRule {
    let code = "102"
    let explanation = "DOB in the Header table is blank or not a real date in dd/mm/yyyy form. Enter the child's date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header)
        return h.hits { context.date(h[$0, "DOB"]) == nil }
    }
}
