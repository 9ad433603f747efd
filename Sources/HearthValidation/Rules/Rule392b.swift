import Hearth
import HearthReturns

/// 392b: a looked-after child's episode (other than a short break, V3/V4) needs both the home
/// and the placement postcode. As the DfE message warns, formerly UASC children are not excluded.
struct Rule392b: ValidationRule {
    let code = "392b"
    let explanation = "The home postcode or the placement postcode is missing for this episode. Record both; for an unaccompanied asylum-seeking child without a home postcode this may be expected."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter {
            !shortBreakStatuses.contains(episodes[$0, "LS"]) && (episodes.isBlank($0, "HOME_POST") || episodes.isBlank($0, "PL_POST"))
        }.map { RuleHit(.episodes, row: $0) }
    }
}
