import Hearth
import HearthReturns

/// 205B: a child UASC in both years must have last year's ceased date on the 18th birthday and this year's within the year or equal to last year's; flags the UASC and Header rows.
struct Rule205B: ValidationRule {
    let code = "205B"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "The child was UASC last year and this year; the date UASC ceased (DUC) must be their 18th birthday last year, and this year's DUC must fall in the year or repeat last year's. Correct DUC or the UASC status."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let prev = context.previous, let lastStatus = context.uascStatus(lastYear: true), let status = context.uascStatus(lastYear: false) else { return [] }
        let u = context.table(.uasc), lastU = prev[.uasc] ?? SSDA903Table(name: .uasc, file: "uasc.csv")
        let u_CHILD = context.column(.uasc, "CHILD")
        let u_DUC_d = context.dates(.uasc, "DUC")
        let lastRows = lastU.rowsByChild(), headerRows = context.table(.header).rowsByChild()
        var out: [RuleHit] = []
        for i in 0..<u.count {
            let c = u_CHILD[i]
            guard status[c] == "1", lastStatus[c] == "1" else { continue }
            let duc = u_DUC_d[i]
            for l in lastRows[c] ?? [] {
                let lastDUC = context.date(lastU[l, "DUC"]), eighteen = context.date(lastU[l, "DOB"])?.adding(years: 18)
                let inYear = duc.map { $0 >= context.collectionStart && $0 <= context.collectionEnd } ?? false
                let sameAsLast = duc != nil && duc == lastDUC
                let lastIs18th = lastDUC != nil && lastDUC == eighteen
                if (!inYear && !sameAsLast) || !lastIs18th {
                    out.append(RuleHit(.uasc, row: i)); out += (headerRows[c] ?? []).map { RuleHit(.header, row: $0) }
                }
            }
        }
        return out
    }
}
