import Hearth
import HearthReturns

/// 168: a UPN, when given, must be a letter (not I, O or S) and 12 digits, or 11 digits and a letter, or an unknown code UN1–UN5.
struct Rule168: ValidationRule {
    let code = "168"
    let explanation = "UPN in the Header table is not a valid Unique Pupil Number. Enter the child's UPN from their school, or UN1–UN5 if it is not known."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header)
        let h_UPN = context.column(.header, "UPN")
        return h.hits { i in
            let upn = h_UPN[i]
            return !upn.isEmpty && !Rule168.isValid(upn)
        }
    }

    static func isValid(_ upn: String) -> Bool {
        if ["UN1", "UN2", "UN3", "UN4", "UN5"].contains(upn) { return true }
        let u = Array(upn.utf8)
        guard u.count == 13, (65...90).contains(u[0]), ![73, 79, 83].contains(u[0]) else { return false }
        let digits = u[1..<12].allSatisfy { (48...57).contains($0) }
        return digits && ((48...57).contains(u[12]) || (65...90).contains(u[12]))
    }
}
