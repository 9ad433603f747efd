import Hearth
import HearthReturns

/// 388: an episode ending with "new episode begins" (REC = X1) must be followed by an episode
/// starting on its end date; and, as the DfE validator reads it, an episode ending for any other
/// reason must not be followed by one starting that same day. A child's last episode cannot end X1.
struct Rule388: ValidationRule {
    let code = "388"
    let explanation = "The reason the episode ended does not match what follows: X1 (new episode begins) needs a next episode starting the same day, and any other reason means the child left care so no episode can start that day. Check the reason and the dates, or add the missing episode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        var hits: [RuleHit] = []
        for rows in context.episodesByChild.values {
            for (k, e) in rows.enumerated() {
                let rec = episodes[e, "REC"], end = episodes[e, "DEC"]
                guard let endDay = Day.fromCell(end) else { continue }
                if k + 1 == rows.count {
                    if rec == "X1" { hits.append(RuleHit(.episodes, row: e)) }
                    continue
                }
                guard let next = context.dateCell(episodes, rows[k + 1], "DECOM") else { continue }
                if (rec == "X1" && endDay != next) || (rec != "X1" && !rec.isEmpty && endDay == next) { hits.append(RuleHit(.episodes, row: e)) }
            }
        }
        return hits
    }
}
