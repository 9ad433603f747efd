import Hearth
import HearthReturns

/// 581: a child cannot be missing from care before they started to be looked after: flagged when
/// MIS_START is before the child's first episode (DECOM).
struct Rule581: ValidationRule {
    let code = "581"
    let explanation = "MIS_START is before the child's first episode of care began, so the child was not yet looked after. Correct MIS_START, or the episode start date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.missing), eps = context.table(.episodes)
        let first = Batch3.firstEpisode(context)
        return (0..<t.count).compactMap { i in
            guard let start = context.date(t[i, "MIS_START"]), let f = first[t[i, "CHILD"]],
                  let decom = context.date(eps[f, "DECOM"]), start < decom else { return nil }
            return RuleHit(.missing, row: i)
        }
    }
}
