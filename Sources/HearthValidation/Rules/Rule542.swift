import Hearth
import HearthReturns

/// 542: a child under 10 on 31 March cannot have conviction information (OC2 CONVICTED).
struct Rule542: ValidationRule {
    let code = "542"
    let explanation = "Children under 10 on 31 March are below the age of criminal responsibility, so CONVICTED must be blank. Check the date of birth or clear CONVICTED."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc2 = context.table(.oc2)
        return (0..<oc2.count).compactMap { i in
            guard let dob = context.date(oc2[i, "DOB"]), !Batch3.blank(oc2[i, "CONVICTED"]) else { return nil }
            return dob.adding(years: 10) > context.collectionEnd ? RuleHit(.oc2, row: i) : nil
        }
    }
}
