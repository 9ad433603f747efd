import Hearth
import HearthReturns

/// 377: no more than two temporary placements for the foster carers' holiday (PLACE = T3) in a
/// year; with three or more, every T3 episode of the child is flagged.
struct Rule377: ValidationRule {
    let code = "377"
    let explanation = "The child has more than two temporary placements for their foster carers' holidays (T3) in the year; only two are allowed in any 12 months. Check the placement types."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return context.episodesByChild.values.flatMap { rows -> [Int] in
            let holidays = rows.filter { episodes[$0, "PLACE"] == "T3" }
            return holidays.count > 2 ? holidays : []
        }.map { RuleHit(.episodes, row: $0) }
    }
}
