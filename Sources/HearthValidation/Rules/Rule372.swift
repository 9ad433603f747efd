import Hearth
import HearthReturns

/// 372: a child in youth custody or prison (R5) must be at least 10 when the episode starts.
/// Interpretation: open episodes are checked too; the DfE validator skips episodes without an end
/// date (docs/validation-differences-batch2.md).
struct Rule372: ValidationRule {
    let code = "372"
    let explanation = "The child was under 10 when this episode in youth custody or prison started, which is not allowed. Check the placement type, the start date and the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        context.episodesStartingTooYoung(placement: "R5", years: 10).map { RuleHit(.episodes, row: $0) }
    }
}
