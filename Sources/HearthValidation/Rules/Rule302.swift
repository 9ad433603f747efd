import Hearth
import HearthReturns

/// 302: the child's first episode (earliest DECOM) cannot start before their date of birth.
/// Flags that episode and the child's Header row.
struct Rule302: ValidationRule {
    let code = "302"
    let explanation = "The child's first episode starts before their date of birth. Correct the date of birth in the Header or the start date of the episode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        var hits: [RuleHit] = []
        let repeated = context.repeatedHeaderRows()
        for child in context.episodesByChild.keys {
            guard let first = context.firstDatedEpisode(of: child), let start = context.dateCell(episodes, first, "DECOM"),
                  let dob = context.birthDate(of: child), dob > start else { continue }
            hits += [RuleHit(.episodes, row: first)] + context.headerRows(of: child, repeated).map { RuleHit(.header, row: $0) }
        }
        return hits
    }
}
