import Hearth
import HearthReturns

/// 202: sex must agree with last year's return (1/2 before 2024/25 read as M/F).
struct Rule202: ValidationRule {
    let code = "202"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "SEX differs from the sex recorded for this child in last year's return. Correct whichever is wrong; the 2023/24 codes 1 and 2 are read as M and F."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.header) else { return [] }
        let h = context.table(.header), lastRows = last.rowsByChild()
        let h_CHILD = context.column(.header, "CHILD")
        let h_SEX = context.column(.header, "SEX")
        func norm(_ s: String) -> String { s == "1" ? "M" : s == "2" ? "F" : s }
        return h.hits { i in (lastRows[h_CHILD[i]] ?? []).contains { norm(last[$0, "SEX"]) != norm(h_SEX[i]) } }
    }
}
