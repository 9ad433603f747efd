import Hearth
import HearthReturns

/// 208: the UPN must agree with last year's return, except a change from UN1 or blank to UN2–UN5, or from unknown to a real UPN.
struct Rule208: ValidationRule {
    let code = "208"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "UPN differs from the UPN recorded for this child last year. A UPN only changes from an unknown code to a real one; correct whichever is wrong."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.header) else { return [] }
        let h = context.table(.header), lastRows = last.rowsByChild()
        let h_CHILD = context.column(.header, "CHILD")
        let h_UPN = context.column(.header, "UPN")
        let unknown: Set<String> = ["UN1", "UN2", "UN3", "UN4", "UN5"], un2to5: Set<String> = ["UN2", "UN3", "UN4", "UN5"]
        return h.hits { i in
            let now = h_UPN[i].uppercased()
            return (lastRows[h_CHILD[i]] ?? []).contains { l in
                let before = last[l, "UPN"].uppercased()
                guard now != before else { return false }
                let fineUnknown = (before == "UN1" || before.isEmpty) && un2to5.contains(now)
                let nowKnown = (unknown.contains(before) || before.isEmpty) && !(unknown.contains(now) || now.isEmpty)
                return !fineUnknown && !nowKnown
            }
        }
    }
}
