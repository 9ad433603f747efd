import Hearth
import HearthReturns

/// 1000: a child who died in care (an episode ending E2, this year or last) must not have care
/// leaver information. As the DfE validator does, any OC3 row for such a child is flagged; last
/// year's episodes are read when the previous return is given, and the rule runs without them.
struct Rule1000: ValidationRule {
    let code = "1000"
    let explanation = "The child has an episode that ended because the child died (REC = E2), so there should be no care leaver (OC3) row for them. Check the reason the episode ended; if it is right, remove the OC3 row."

    func check(_ context: ValidationContext) -> [RuleHit] {
        var died = Set<String>()
        for episodes in [context.table(.episodes), context.previousTable(.episodes)].compactMap({ $0 }) {
            for i in 0..<episodes.count where episodes[i, "REC"].uppercased() == "E2" { died.insert(episodes[i, "CHILD"]) }
        }
        let oc3 = context.table(.oc3)
        return (0..<oc3.count).filter { died.contains(oc3[$0, "CHILD"]) }.map { RuleHit(.oc3, row: $0) }
    }
}
