import Hearth
import HearthReturns

/// 215: a care leaver (OC3 items given) must not have the OC2 12-month items; flags both rows.
struct Rule215: ValidationRule {
    let code = "215"
    let explanation = "The child has care leaver information (OC3) and also items for children looked after for 12 months (OC2). Only one can apply; clear the wrong set."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc3 = context.table(.oc3), oc2 = context.table(.oc2), oc2Rows = oc2.rowsByChild()
        let oc3_CHILD = context.column(.oc3, "CHILD")
        let oc2Fields = ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]
        var out: [RuleHit] = []
        for i in 0..<oc3.count where ["IN_TOUCH", "ACTIV", "ACCOM"].contains(where: { oc3.has(i, $0) }) {
            for j in oc2Rows[oc3_CHILD[i]] ?? [] where oc2Fields.contains(where: { oc2.has(j, $0) }) {
                out.append(RuleHit(.oc3, row: i)); out.append(RuleHit(.oc2, row: j))
            }
        }
        return out
    }
}
