import Hearth
import HearthReturns

/// 142: every episode but a child's latest must have an end date and a reason it ended.
struct Rule142: ValidationRule {
    let code = "142"
    let explanation = "A later episode starts for this child but this one has no valid end date (DEC) or reason ceased (REC). Close the episode: enter DEC and REC (X1 when a new episode follows on the same day)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let e_REC = context.column(.episodes, "REC")
        let e_DEC_d = context.dates(.episodes, "DEC")
        let e_DECOM_d = context.dates(.episodes, "DECOM")
        var out: [RuleHit] = []
        for (child, rows) in context.episodesByChild where !child.isEmpty {
            for r in rows.dropLast() where e_DECOM_d[r] != nil {
                if e_DEC_d[r] == nil || e_REC[r].isEmpty { out.append(RuleHit(.episodes, row: r)) }
            }
        }
        return out
    }
}
