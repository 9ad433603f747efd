import Hearth
import HearthReturns

/// 210: UPN UN4 (newly looked after) must not be used with an episode starting on or after 24 March (the DfE's test, as written); flags the episode and the Header row.
struct Rule210: ValidationRule {
    let code = "210"
    let explanation = "UPN is UN4 (newly looked after) and an episode started on or after 24 March. Check the UPN with the child's school and enter it."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header), e = context.table(.episodes), cutoff = Day(context.year.startYear + 1, 3, 24)
        var un4: [String: [Int]] = [:]
        for i in 0..<h.count where h[i, "UPN"] == "UN4" { un4[h[i, "CHILD"], default: []].append(i) }
        var out: [RuleHit] = [], headers = Set<Int>()
        for i in 0..<e.count {
            guard let rows = un4[e[i, "CHILD"]], let d = context.date(e[i, "DECOM"]), d >= cutoff else { continue }
            out.append(RuleHit(.episodes, row: i)); headers.formUnion(rows)
        }
        return out + headers.sorted().map { RuleHit(.header, row: $0) }
    }
}
