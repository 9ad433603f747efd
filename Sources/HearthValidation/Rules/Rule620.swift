import Hearth
import HearthReturns

/// 620: a child recorded as a mother (MOTHER 1) must have been at least 11 at the start of the
/// collection year (1 April), as the DfE tool measures it.
struct Rule620: ValidationRule {
    let code = "620"
    let explanation = "MOTHER is 1 but the child's date of birth makes her younger than 11 (at 1 April). Check the date of birth and MOTHER."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header)
        return (0..<h.count).compactMap { i in
            guard Batch3.flag(h[i, "MOTHER"]) == 1, let dob = context.date(h[i, "DOB"]) else { return nil }
            return dob.adding(years: 11) > context.collectionStart ? RuleHit(.header, row: i) : nil
        }
    }
}
