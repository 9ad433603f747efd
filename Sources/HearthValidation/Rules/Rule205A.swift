import Hearth
import HearthReturns

/// 205A: a child UASC last year but not this year must have had UASC cease during last year and have no ceased date this year; flags the UASC and Header rows.
struct Rule205A: ValidationRule {
    let code = "205A"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "The child was UASC last year but not this year, so the date UASC ceased (DUC) should fall in last year's return and not be repeated this year. Correct the UASC status or DUC."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let prev = context.previous, let lastStatus = context.uascStatus(lastYear: true), let status = context.uascStatus(lastYear: false) else { return [] }
        let u = context.table(.uasc), lastU = prev[.uasc] ?? SSDA903Table(name: .uasc, file: "uasc.csv")
        let u_CHILD = context.column(.uasc, "CHILD")
        let u_DUC = context.column(.uasc, "DUC")
        let lastRows = lastU.rowsByChild(), headerRows = context.table(.header).rowsByChild()
        let lastStart = context.year.previous.start, lastEnd = context.year.previous.end
        var out: [RuleHit] = []
        for i in 0..<u.count {
            let c = u_CHILD[i]
            for l in lastRows[c] ?? [] where status[c] != "1" && lastStatus[c] == "1" {
                let lastDUC = context.date(lastU[l, "DUC"])
                if !u_DUC[i].isEmpty || !(lastDUC.map { $0 >= lastStart && $0 <= lastEnd } ?? false) {
                    out.append(RuleHit(.uasc, row: i)); out += (headerRows[c] ?? []).map { RuleHit(.header, row: $0) }
                }
            }
        }
        return out
    }
}
