import Hearth
import HearthReturns

/// 363: a child assessment order (LS = L3) cannot last longer than 7 days: the L3 episodes of a
/// spell (each starting no later than the previous L3 episode ended) must add up to 7 days or
/// fewer, an open episode running to the end of the year.
struct Rule363: ValidationRule {
    let code = "363"
    let explanation = "The child assessment order (L3) lasted more than 7 days, the most the Children Act 1989 allows. Check the legal status and the episode dates."

    func check(_ context: ValidationContext) -> [RuleHit] {
        context.legalStatusPeriodsTotallingMoreThan(7, status: "L3").map { RuleHit(.episodes, row: $0) }
    }
}
