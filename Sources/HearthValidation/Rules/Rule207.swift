import Hearth
import HearthReturns

/// 207: a child with episodes this year who was a mother last year must still be recorded as a mother.
struct Rule207: ValidationRule {
    let code = "207"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "MOTHER was 1 in last year's return but is not 1 this year. Once a young woman is recorded as a mother this stays 1; correct MOTHER."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.header) else { return [] }
        let h = context.table(.header), lastRows = last.rowsByChild()
        let h_CHILD = context.column(.header, "CHILD")
        let h_MOTHER = context.column(.header, "MOTHER")
        return h.hits { i in
            let c = h_CHILD[i]
            return context.episodesByChild[c] != nil && (lastRows[c] ?? []).contains { last[$0, "MOTHER"] == "1" && h_MOTHER[i] != "1" }
        }
    }
}
