import Hearth
import HearthReturns

/// 347: a care leaver under 18 at the start of the year cannot live in a foyer (ACCOM T1 or T2).
///
/// Interpretation: the foyer codes are T1 and T2 (type T, suitable or not); the DfE validator
/// compares ACCOM with a bare "T", which is not a code, and so never fires
/// (docs/validation-differences-batch2.md).
struct Rule347: ValidationRule {
    let code = "347"
    let explanation = "The young person was under 18 at the start of the year but is recorded as living in a foyer (T1/T2), which is for those 18 and over. Correct the accommodation code or the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc3 = context.table(.oc3)
        return (0..<oc3.count).filter { r in
            guard oc3[r, "ACCOM"].hasPrefix("T"), let dob = context.dateCell(oc3, r, "DOB") else { return false }
            return dob.age(on: context.collectionStart) < 18
        }.map { RuleHit(.oc3, row: $0) }
    }
}
