import Hearth
import HearthReturns

/// 102: the date of birth must be a valid dd/mm/yyyy date.
struct Rule102: ValidationRule {
    let code = "102"
    let explanation = "DOB in the Header table is blank or not a real date in dd/mm/yyyy form. Enter the child's date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header)
        let h_DOB_d = context.dates(.header, "DOB")
        return h.hits { h_DOB_d[$0] == nil }
    }
}
