import Hearth
import HearthReturns

/// 406: an unaccompanied asylum-seeking child, or a formerly UASC one (in this year's or last
/// year's UASC table), should have no placement distance: no distance should be derivable from
/// the postcodes in the ONS directory.
struct Rule406: ValidationRule {
    let code = "406"
    let needs: Set<RuleInput> = [.postcodeDirectory]
    let explanation = "Placement distance is not collected for unaccompanied asylum-seeking children, but both postcodes are given for this episode so a distance is worked out. Leave the home postcode blank."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes), uasc = context.uascChildren
        return (0..<episodes.count).filter {
            uasc.contains(episodes[$0, "CHILD"]) && context.placementDistance(episodes, $0) != nil
        }.map { RuleHit(.episodes, row: $0) }
    }
}
