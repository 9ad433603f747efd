import Hearth
import HearthReturns

/// SW07STG2: a social-worker episode's end (SW_DEC) must fall in the social-worker reporting
/// period: from 1 April of the year before the collection year to 31 March.
struct RuleSW07STG2: ValidationRule {
    let code = "SW07STG2"
    let explanation = "SW_DEC must be on or after the start of the social-worker reporting period (1 April a year before the collection year began) and on or before 31 March. Correct the date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        let from = context.collectionStart.adding(years: -1)
        return (0..<t.count).compactMap { i in
            guard let dec = context.date(t[i, "SW_DEC"]) else { return nil }
            return dec < from || dec > context.collectionEnd ? RuleHit(.swEpisodes, row: i) : nil
        }
    }
}
