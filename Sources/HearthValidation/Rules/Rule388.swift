import Hearth
import HearthReturns

/// 388: an episode ending with "new episode begins" (REC = X1) must be followed by an episode
/// starting on its end date (any of the child's episodes, however the file orders them); and, as the DfE validator reads it, an episode ending for any other
/// reason must not be followed by one starting that same day. A child's last episode cannot end X1.
struct Rule388: ValidationRule {
    let code = "388"
    let explanation = "The reason the episode ended does not match what follows: X1 (new episode begins) needs a next episode starting the same day, and any other reason means the child left care so no episode can start that day. Check the reason and the dates, or add the missing episode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        var hits: [RuleHit] = []
        for rows in context.episodesByChild.values {
            // Compare with every episode of the child, not only the next in date order, so a
            // neighbour with a blank or broken DECOM cannot hide (or fake) the continuation.
            let starts = rows.compactMap { context.dateCell(episodes, $0, "DECOM") }
            for e in rows {
                let rec = episodes[e, "REC"]
                guard let endDay = Day.fromCell(episodes[e, "DEC"]) else { continue }
                let ownStart = context.dateCell(episodes, e, "DECOM")
                let continued = starts.filter { $0 == endDay }.count > (ownStart == endDay ? 1 : 0)
                if (rec == "X1" && !continued) || (rec != "X1" && !rec.isEmpty && continued) { hits.append(RuleHit(.episodes, row: e)) }
            }
        }
        return hits
    }
}
