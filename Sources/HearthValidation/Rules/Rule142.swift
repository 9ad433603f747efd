import Hearth
import HearthReturns

/// 142: every episode but a child's latest must have an end date and a reason it ended.
struct Rule142: ValidationRule {
    let code = "142"
    let explanation = "A later episode starts for this child but this one has no valid end date (DEC) or reason ceased (REC). Close the episode: enter DEC and REC (X1 when a new episode follows on the same day)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let e = context.table(.episodes)
        var out: [RuleHit] = []
        for (child, rows) in context.episodesByChild where !child.isEmpty {
            for r in rows.dropLast() where context.date(e[r, "DECOM"]) != nil {
                if context.date(e[r, "DEC"]) == nil || e.isBlank(r, "REC") { out.append(RuleHit(.episodes, row: r)) }
            }
        }
        return out
    }
}
