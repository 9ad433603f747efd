import Hearth
import HearthReturns

/// 371: a child in supported accommodation not subject to children's homes regulations (K3; H5 before 2024/25) must be at least 16 when the episode starts.
/// Interpretation: open episodes are checked too; the DfE validator skips episodes without an end
/// date (docs/validation-differences-batch2.md).
struct Rule371: ValidationRule {
    let code = "371"
    let explanation = "The child was under 16 when this episode in supported accommodation started, which is not allowed. Check the placement type, the start date and the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        context.episodesStartingTooYoung(placement: context.year.startYear >= 2024 ? "K3" : "H5", years: 16).map { RuleHit(.episodes, row: $0) }
    }
}
