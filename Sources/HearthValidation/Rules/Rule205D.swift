import Hearth
import HearthReturns

/// 205D: a child UASC this year who was in last year's return must have been UASC last year.
struct Rule205D: ValidationRule {
    let code = "205D"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "The child is UASC this year but was not recorded as UASC in last year's return. A child's UASC status cannot start while looked after; correct the status in either year."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let prev = context.previous, let lastStatus = context.uascStatus(lastYear: true), let status = context.uascStatus(lastYear: false) else { return [] }
        let h = context.table(.header)
        let h_CHILD = context.column(.header, "CHILD")
        return h.hits { i in let c = h_CHILD[i]; return status[c] == "1" && lastStatus[c] != nil && lastStatus[c] != "1" }
    }
}
