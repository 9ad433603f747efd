import Hearth
import HearthReturns

/// 391: care leaver information is only for young people aged 17 to 21 at some point in the
/// year: not yet 17 on 31 March, or already 22 on 1 April, is flagged when any of IN_TOUCH,
/// ACTIV, ACCOM is filled in. Interpretation: the DfE validator checks only the lower age; the
/// wording covers both (docs/validation-differences-batch2.md).
struct Rule391: ValidationRule {
    let code = "391"
    let explanation = "Care leaver information is only returned for young people who were 17 to 21 during the year, and this young person was not. Check the date of birth, or remove the care leaver information."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc3 = context.table(.oc3)
        return (0..<oc3.count).filter { r in
            guard oc3.anyRecorded(r, Batch2Codes.careLeaverFields), let dob = context.dateCell(oc3, r, "DOB") else { return false }
            return dob.yearsAfter(17) > context.collectionEnd || dob.age(on: context.collectionStart) >= 22
        }.map { RuleHit(.oc3, row: $0) }
    }
}
