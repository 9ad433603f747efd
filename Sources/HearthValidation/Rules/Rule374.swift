import Hearth
import HearthReturns

/// 374: a child in residential employment (P3) must be at least 14 when the episode starts.
/// Interpretation: open episodes are checked too; the DfE validator skips episodes without an end
/// date (docs/validation-differences-batch2.md).
struct Rule374: ValidationRule {
    let code = "374"
    let explanation = "The child was under 14 when this episode in residential employment started, which is not allowed. Check the placement type, the start date and the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        context.episodesStartingTooYoung(placement: "P3", years: 14).map { RuleHit(.episodes, row: $0) }
    }
}
