import Hearth
import HearthReturns

/// 1011: a child whose last episode ended with care transferred to another council (REC = E3)
/// should have no care leaver information.
struct Rule1011: ValidationRule {
    let code = "1011"
    let explanation = "The child's last episode ended because their care moved to another local authority (E3), so that council returns their care leaver information. Blank IN_TOUCH, ACTIV and ACCOM, or correct the reason the episode ended."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc3 = context.table(.oc3), episodes = context.table(.episodes)
        return (0..<oc3.count).filter { r in
            guard oc3.anyRecorded(r, Batch2Codes.careLeaverFields),
                  let last = context.latestEpisode(context.episodesByChild[oc3[r, "CHILD"]] ?? [], in: episodes) else { return false }
            return episodes[last, "REC"] == "E3"
        }.map { RuleHit(.oc3, row: $0) }
    }
}
