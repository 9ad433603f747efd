import Hearth
import HearthReturns

/// 304: the date UASC status ceased (DUC) must be on or before the child's 18th birthday.
struct Rule304: ValidationRule {
    let code = "304"
    let explanation = "The date UASC status ceased is after the child's 18th birthday; UASC status ends at 18 at the latest. Correct the date, or the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let uasc = context.table(.uasc)
        return (0..<uasc.count).filter { r in
            guard let ceased = context.dateCell(uasc, r, "DUC"), let dob = context.dateCell(uasc, r, "DOB") else { return false }
            return ceased > dob.yearsAfter(18)
        }.map { RuleHit(.uasc, row: $0) }
    }
}
