import Hearth
import HearthReturns

/// 582: a child adopted (REC E11/E12) on the same day as being matched with the adopters
/// (AD1 DATE_MATCH) is queried: matching is expected to come first. The episode is flagged.
struct Rule582: ValidationRule {
    let code = "582"
    let explanation = "The child was adopted on the same date they were matched with the adopters (DATE_MATCH). Matching normally happens before adoption; check DATE_MATCH and the episode's end date (DEC)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), ad1 = context.table(.ad1)
        let ad1ByChild = Batch3.rowsByChild(ad1)
        return (0..<eps.count).compactMap { i in
            guard ["E11", "E12"].contains(eps[i, "REC"]), let dec = context.date(eps[i, "DEC"]) else { return nil }
            let sameDay = (ad1ByChild[eps[i, "CHILD"]] ?? []).contains { context.date(ad1[$0, "DATE_MATCH"]) == dec }
            return sameDay ? RuleHit(.episodes, row: i) : nil
        }
    }
}
