import Hearth
import HearthReturns

/// SW09STG2: a social-worker episode that ends the day it began (SW_DEC = SW_DECOM) is queried.
struct RuleSW09STG2: ValidationRule {
    let code = "SW09STG2"
    let explanation = "This social-worker episode began and ended on the same day, so it lasted less than 24 hours. Check the dates; a worker allocated for less than a day is usually not an episode to report."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        return (0..<t.count).compactMap { i in
            guard let start = context.date(t[i, "SW_DECOM"]) else { return nil }
            return context.date(t[i, "SW_DEC"]) == start ? RuleHit(.swEpisodes, row: i) : nil
        }
    }
}
