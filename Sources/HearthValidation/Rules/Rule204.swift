import Hearth
import HearthReturns

/// 204: ethnicity must agree with last year's return (ignoring letter case).
struct Rule204: ValidationRule {
    let code = "204"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "ETHNIC differs from the ethnicity recorded for this child in last year's return. Correct whichever is wrong."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.header) else { return [] }
        let h = context.table(.header), lastRows = last.rowsByChild()
        let h_CHILD = context.column(.header, "CHILD")
        let h_ETHNIC = context.column(.header, "ETHNIC")
        return h.hits { i in (lastRows[h_CHILD[i]] ?? []).contains { last[$0, "ETHNIC"].uppercased() != h_ETHNIC[i].uppercased() } }
    }
}
