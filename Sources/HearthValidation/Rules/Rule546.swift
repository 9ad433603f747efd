import Hearth
import HearthReturns

/// 546: a child aged 5 or over on 31 March (looked after continuously for 12 months, the cohort
/// OC2 covers) should not have health promotion information (HEALTH_CHECK).
struct Rule546: ValidationRule {
    let code = "546"
    let explanation = "HEALTH_CHECK (development assessments) is only for children under 5 on 31 March. This child is 5 or over, so leave HEALTH_CHECK blank, or correct the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc2 = context.table(.oc2)
        let cla = Batch3.continuouslyLookedAfter(context)
        return (0..<oc2.count).compactMap { i in
            guard cla.contains(oc2[i, "CHILD"]), !Batch3.blank(oc2[i, "HEALTH_CHECK"]),
                  let dob = context.date(oc2[i, "DOB"]), dob.adding(years: 5) <= context.collectionEnd else { return nil }
            return RuleHit(.oc2, row: i)
        }
    }
}
