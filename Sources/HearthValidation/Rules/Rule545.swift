import Hearth
import HearthReturns

/// 545: a child under 5 on 31 March who has been looked after continuously for 12 months must
/// have health promotion information (HEALTH_CHECK).
struct Rule545: ValidationRule {
    let code = "545"
    let explanation = "Children under 5 on 31 March who have been looked after for the whole year must have HEALTH_CHECK (development assessments up to date) filled in. Fill it in with 1 or 0."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc2 = context.table(.oc2)
        let cla = Batch3.continuouslyLookedAfter(context)
        return (0..<oc2.count).compactMap { i in
            guard cla.contains(oc2[i, "CHILD"]), Batch3.blank(oc2[i, "HEALTH_CHECK"]),
                  let dob = context.date(oc2[i, "DOB"]), dob.adding(years: 5) > context.collectionEnd else { return nil }
            return RuleHit(.oc2, row: i)
        }
    }
}
