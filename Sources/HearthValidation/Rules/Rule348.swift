import Hearth
import HearthReturns

/// 348 (from 2025/26): a care leaver reported last year as having died (OC3 IN_TOUCH = DIED)
/// must be reported as DIED again this year. Flags this year's OC3 row of such a young person
/// when IN_TOUCH is anything else (blank included); a young person not in this year's OC3 is not
/// flagged. Needs last year's OC3 (OC3_last), so without the previous return it is not checked.
struct Rule348: ValidationRule {
    let code = "348"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return recorded this care leaver as having died (IN_TOUCH = DIED), but this year's OC3 row says otherwise. If the young person died, record IN_TOUCH as DIED; if last year's record was wrong, correct it with the DfE."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.oc3) else { return [] }
        var died = Set<String>()
        for i in 0..<last.count where last[i, "IN_TOUCH"] == "DIED" { died.insert(last[i, "CHILD"]) }
        guard !died.isEmpty else { return [] }
        let child = context.column(.oc3, "CHILD"), inTouch = context.column(.oc3, "IN_TOUCH")
        return child.indices.filter { died.contains(child[$0]) && inTouch[$0] != "DIED" }.map { RuleHit(.oc3, row: $0) }
    }
}
