import Hearth
import HearthReturns

/// 104: the date UASC status ceased, when given, must be a valid date on or after the start of the collection year.
struct Rule104: ValidationRule {
    let code = "104"
    let explanation = "DUC in the UASC table must be a real dd/mm/yyyy date, not before 1 April of the collection year (older ones belong to earlier returns). Correct the date or remove the row."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let u = context.table(.uasc)
        let u_DUC = context.column(.uasc, "DUC")
        return u.hits { i in
            let text = u_DUC[i]
            guard !text.isEmpty else { return false }
            guard let d = context.date(text) else { return true }
            return d < context.collectionStart
        }
    }
}
