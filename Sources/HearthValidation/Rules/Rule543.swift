import Hearth
import HearthReturns

/// 543: a child aged 10 or over on 31 March who has been looked after continuously for 12 months
/// must have conviction information. "10 or over" includes a tenth birthday on 31 March itself
/// (the DfE wording; the reference tool excludes that day).
struct Rule543: ValidationRule {
    let code = "543"
    let explanation = "Children aged 10 or over on 31 March who have been looked after for the whole year must have CONVICTED filled in (1 if convicted during the year, 0 if not). Fill in CONVICTED."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc2 = context.table(.oc2)
        let cla = Batch3.continuouslyLookedAfter(context)
        return (0..<oc2.count).compactMap { i in
            guard cla.contains(oc2[i, "CHILD"]), Batch3.blank(oc2[i, "CONVICTED"]),
                  let dob = context.date(oc2[i, "DOB"]), dob.adding(years: 10) <= context.collectionEnd else { return nil }
            return RuleHit(.oc2, row: i)
        }
    }
}
