import Hearth
import HearthReturns

/// 359: a young person still looked after (open episode) who turned 18 before the end of the
/// year must be accommodated under section 20(5) (LS = V2) in a community home (PLACE = K2).
struct Rule359: ValidationRule {
    let code = "359"
    let explanation = "The young person turned 18 before the end of the year and is still looked after, which is only possible under section 20(5) (V2) in a community home (K2). Close the episode on the date care ended, or correct the legal status and placement."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { e in
            guard episodes.isBlankCell(e, "DEC"), !(episodes[e, "LS"] == "V2" && episodes[e, "PLACE"] == "K2"),
                  let dob = context.birthDate(of: episodes[e, "CHILD"]) else { return false }
            return dob.yearsAfter(18) < context.collectionEnd
        }.map { RuleHit(.episodes, row: $0) }
    }
}
