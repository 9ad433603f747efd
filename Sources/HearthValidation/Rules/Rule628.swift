import Hearth
import HearthReturns

/// 628: motherhood details (MOTHER) are not collected for care leavers who were not looked after
/// during the year: a Header row with MOTHER filled is flagged when the child has no episodes and
/// has care-leaver information (OC3 IN_TOUCH, ACTIV or ACCOM).
struct Rule628: ValidationRule {
    let code = "628"
    let explanation = "This young person is only in the return as a care leaver (no episodes this year), and motherhood details are only collected for children looked after during the year. Leave MOTHER blank."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header), oc3 = context.table(.oc3)
        var leavers = Set<String>()
        for i in 0..<oc3.count where ["IN_TOUCH", "ACTIV", "ACCOM"].contains(where: { !Batch3.blank(oc3[i, $0]) }) {
            leavers.insert(oc3[i, "CHILD"])
        }
        return (0..<h.count).compactMap { i in
            let child = h[i, "CHILD"]
            return context.episodesByChild[child] == nil && leavers.contains(child) && !Batch3.blank(h[i, "MOTHER"]) ? RuleHit(.header, row: i) : nil
        }
    }
}
