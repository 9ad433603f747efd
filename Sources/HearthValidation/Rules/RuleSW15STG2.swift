import Hearth
import HearthReturns

/// SW15STG2: episodes in the social-worker reporting period (starting on or after 1 April of the
/// year before the collection year, or with no readable start) need a reason (SW_REASON).
struct RuleSW15STG2: ValidationRule {
    let code = "SW15STG2"
    let explanation = "SW_REASON, the reason for the change of social worker, is blank on an episode that began in the reporting period. Fill in the reason."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        let from = context.collectionStart.adding(years: -1)
        return (0..<t.count).compactMap { i in
            guard Batch3.blank(t[i, "SW_REASON"]) else { return nil }
            return (context.date(t[i, "SW_DECOM"]).map { $0 >= from } ?? true) ? RuleHit(.swEpisodes, row: i) : nil
        }
    }
}
