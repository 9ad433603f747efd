import Hearth
import HearthReturns

/// 210: UPN UN4 (newly looked after) must not be used with an episode starting on or after 24 March (the DfE's test, as written); flags the episode and the Header row.
struct Rule210: ValidationRule {
    let code = "210"
    let explanation = "UPN is UN4 (newly looked after) and an episode started on or after 24 March. Check the UPN with the child's school and enter it."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header), e = context.table(.episodes), cutoff = Day(context.year.startYear + 1, 3, 24)
        let h_CHILD = context.column(.header, "CHILD")
        let h_UPN = context.column(.header, "UPN")
        let e_CHILD = context.column(.episodes, "CHILD")
        let e_DECOM_d = context.dates(.episodes, "DECOM")
        var un4: [String: [Int]] = [:]
        for i in 0..<h.count where h_UPN[i] == "UN4" { un4[h_CHILD[i], default: []].append(i) }
        var out: [RuleHit] = [], headers = Set<Int>()
        for i in 0..<e.count {
            guard let rows = un4[e_CHILD[i]], let d = e_DECOM_d[i], d >= cutoff else { continue }
            out.append(RuleHit(.episodes, row: i)); headers.formUnion(rows)
        }
        return out + headers.sorted().map { RuleHit(.header, row: $0) }
    }
}
