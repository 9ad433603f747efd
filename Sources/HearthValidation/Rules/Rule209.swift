import Hearth
import HearthReturns

/// 209: a child of school age (4 or over on 31 August before the collection year) must not have UPN UN1.
struct Rule209: ValidationRule {
    let code = "209"
    let explanation = "UPN is UN1 (not of school age) but the child was of school age. Enter the child's UPN, or the right unknown code UN2–UN5."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header), reference = Day(context.year.startYear - 1, 8, 31)
        let h_UPN = context.column(.header, "UPN")
        let h_DOB_d = context.dates(.header, "DOB")
        return h.hits { i in h_UPN[i] == "UN1" && (h_DOB_d[i].map { $0.adding(years: 4) <= reference } ?? false) }
    }
}
