import Hearth
import HearthReturns

/// 373: a child placed in a school (S1) must be at least 4 when the episode starts.
/// Interpretation: open episodes are checked too; the DfE validator skips episodes without an end
/// date (docs/validation-differences-batch2.md).
struct Rule373: ValidationRule {
    let code = "373"
    let explanation = "The child was under 4 when this episode in a school placement started, which is not allowed. Check the placement type, the start date and the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        context.episodesStartingTooYoung(placement: "S1", years: 4).map { RuleHit(.episodes, row: $0) }
    }
}
