import Hearth
import HearthReturns

/// EPI: a child in the Header needs episodes (or, for a care leaver only, an OC3 row) before the
/// rest of their record can be validated.
struct RuleEPI: ValidationRule {
    let code = "EPI"
    let explanation = "This child has a Header record but no episodes of care and no care leaver (OC3) row, so nothing else about them can be checked. Add their episodes, or remove the Header record if they were not looked after."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let header = context.table(.header), oc3 = context.table(.oc3)
        var leavers = Set<String>()
        for i in 0..<oc3.count { leavers.insert(oc3[i, "CHILD"]) }
        return (0..<header.count).filter {
            let child = header[$0, "CHILD"]
            return context.episodesByChild[child] == nil && !leavers.contains(child)
        }.map { RuleHit(.header, row: $0) }
    }
}
