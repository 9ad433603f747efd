import Hearth
import HearthReturns

/// 219: the URN's registration must allow the episode's placement type (an unknown URN is a failure).
struct Rule219: ValidationRule {
    let code = "219"
    let needs: Set<RuleInput> = [.ofstedProviders]
    let explanation = "The provider with this URN is not registered for this placement type (PLACE). Check the URN and PLACE."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let providers = context.providers else { return [] }
        let e = context.table(.episodes)
        let e_PLACE = context.column(.episodes, "PLACE")
        let e_URN = context.column(.episodes, "URN")
        return e.hits { i in e.hasRealURN(i) && !(providers.provider(urn: e_URN[i])?.placementTypes.contains(e_PLACE[i]) ?? false) }
    }
}
