import Hearth
import HearthReturns

/// 205C: a child UASC in neither year must not have a date UASC ceased; flags the UASC and Header rows.
struct Rule205C: ValidationRule {
    let code = "205C"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "A date UASC ceased (DUC) is recorded but the child was not UASC this year or last. Clear DUC or correct the UASC status."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let prev = context.previous, let lastStatus = context.uascStatus(lastYear: true), let status = context.uascStatus(lastYear: false) else { return [] }
        let u = context.table(.uasc), lastU = prev[.uasc] ?? SSDA903Table(name: .uasc, file: "uasc.csv")
        let u_CHILD = context.column(.uasc, "CHILD")
        let u_DUC_d = context.dates(.uasc, "DUC")
        let lastRows = lastU.rowsByChild(), headerRows = context.table(.header).rowsByChild()
        var out: [RuleHit] = []
        for i in 0..<u.count {
            let c = u_CHILD[i]
            guard status[c] != "1", lastStatus[c] != "1" else { continue }
            let ls = lastRows[c] ?? []
            let pairs: [Int?] = ls.isEmpty ? [nil] : ls.map { Optional($0) }
            for l in pairs where u_DUC_d[i] != nil || (l.map { context.date(lastU[$0, "DUC"]) != nil } ?? false) {
                out.append(RuleHit(.uasc, row: i)); out += (headerRows[c] ?? []).map { RuleHit(.header, row: $0) }
            }
        }
        return out
    }
}
