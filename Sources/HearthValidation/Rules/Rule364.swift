import Hearth
import HearthReturns

/// 364: detention in council accommodation under PACE (LS = J2) is limited; the J2 episodes of a
/// spell (each starting no later than the previous J2 episode ended) must add up to 21 days or
/// fewer, an open episode running to the end of the year (the limit the DfE validator applies).
struct Rule364: ValidationRule {
    let code = "364"
    let explanation = "The child was held in council accommodation under the Police and Criminal Evidence Act (J2) for longer than allowed (21 days). Check the legal status and the episode dates."

    func check(_ context: ValidationContext) -> [RuleHit] {
        context.legalStatusPeriodsTotallingMoreThan(21, status: "J2").map { RuleHit(.episodes, row: $0) }
    }
}
