import Hearth
import HearthReturns

/// 234: (from 2025/26) a child under 10 cannot change placement because of custody: when an episode starts before the child's 10th birthday, the episode before it must not give CUSTOD as the reason for the placement change (the DfE's wording; the reference validator checks the episode's own reason). Flags that earlier episode and the Header row.
struct Rule234: ValidationRule {
    let code = "234"
    let explanation = "REASON_PLACE_CHANGE is CUSTOD but the child was under 10 when the next placement began, and children under 10 cannot be remanded or sentenced to custody. Correct the reason or the dates."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let reason = context.column(.episodes, "REASON_PLACE_CHANGE"), decoms = context.dates(.episodes, "DECOM")
        var out: [RuleHit] = []
        for (child, rows) in context.episodesByChild where rows.count > 1 {
            guard let dob = context.dateOfBirth(child: child) else { continue }
            for (previous, next) in zip(rows, rows.dropFirst()) where reason[previous] == "CUSTOD" {
                if let start = decoms[next], start < dob.adding(years: 10) {
                    out.append(RuleHit(.episodes, row: previous))
                    if let h = context.headerRowByChild[child] { out.append(RuleHit(.header, row: h)) }
                }
            }
        }
        return out
    }
}
