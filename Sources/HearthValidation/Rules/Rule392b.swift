import Hearth
import HearthReturns

/// 392b: a looked-after child's episode (other than a short break, V3/V4) needs both the home
/// and the placement postcode. Children who are or were UASC (this year's or last year's UASC
/// table) are not checked; as the DfE message warns, ones missing from those tables may be flagged.
struct Rule392b: ValidationRule {
    let code = "392b"
    let explanation = "The home postcode or the placement postcode is missing for this episode. Record both; for an unaccompanied asylum-seeking child without a home postcode this may be expected."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes), uasc = context.uascChildren
        return (0..<episodes.count).filter {
            !Batch2Codes.shortBreakStatuses.contains(episodes[$0, "LS"]) && !uasc.contains(episodes[$0, "CHILD"]) && (episodes.isBlankCell($0, "HOME_POST") || episodes.isBlankCell($0, "PL_POST"))
        }.map { RuleHit(.episodes, row: $0) }
    }
}
