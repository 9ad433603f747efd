import Hearth
import HearthReturns

/// 3001: a young person whose 17th birthday falls in the year cannot be recorded as living with
/// former foster carers (ACCOM Z1 or Z2) — that is Staying Put, which starts at 18.
/// The date of birth is the Header's, as the DfE validator reads it.
struct Rule3001: ValidationRule {
    let code = "3001"
    let explanation = "Care leaver information around the 17th birthday shows the young person living with former foster carers (Z1/Z2), which only applies from 18 (Staying Put). Correct the accommodation code."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc3 = context.table(.oc3)
        return (0..<oc3.count).filter { r in
            guard ["Z1", "Z2"].contains(oc3[r, "ACCOM"].uppercased()),
                  let dob = context.birthDate(of: oc3[r, "CHILD"]) else { return false }
            let at17 = dob.yearsAfter(17)
            return at17 >= context.collectionStart && at17 <= context.collectionEnd
        }.map { RuleHit(.oc3, row: $0) }
    }
}
