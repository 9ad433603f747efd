import Hearth
import HearthReturns

/// 203: date of birth must agree with last year's return.
struct Rule203: ValidationRule {
    let code = "203"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "DOB differs from the date of birth recorded for this child in last year's return. Correct whichever is wrong."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.header) else { return [] }
        let h = context.table(.header), lastRows = last.rowsByChild()
        let h_CHILD = context.column(.header, "CHILD")
        let h_DOB_d = context.dates(.header, "DOB")
        return h.hits { i in (lastRows[h_CHILD[i]] ?? []).contains { context.date(last[$0, "DOB"]) != h_DOB_d[i] } }
    }
}
