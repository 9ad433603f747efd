import Hearth
import HearthReturns

/// 392a: a looked-after child's episode (other than a short break, V3/V4) needs a placement
/// distance, which comes from the home and placement postcodes in the ONS directory. Children
/// who are or were UASC (in this year's or last year's UASC table) are not checked.
struct Rule392a: ValidationRule {
    let code = "392a"
    let needs: Set<RuleInput> = [.postcodeDirectory]
    let explanation = "No distance between home and placement can be worked out for this episode: a postcode is missing or not in the ONS directory. Record both the home and the placement postcode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes), uasc = context.uascChildren
        return (0..<episodes.count).filter {
            !Batch2Codes.shortBreakStatuses.contains(episodes[$0, "LS"]) && !uasc.contains(episodes[$0, "CHILD"])
                && context.placementDistance(episodes, $0) == nil
        }.map { RuleHit(.episodes, row: $0) }
    }
}
