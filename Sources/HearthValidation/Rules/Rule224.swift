import Hearth
import HearthReturns

/// 224: the placement provider code must fit the URN's provider (an unknown URN is a failure).
struct Rule224: ValidationRule {
    let code = "224"
    let needs: Set<RuleInput> = [.ofstedProviders]
    let explanation = "PLACE_PROVIDER does not match the kind of provider Ofsted holds for this URN. Check the URN and PLACE_PROVIDER."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let providers = context.providers else { return [] }
        let e = context.table(.episodes)
        let e_PLACE_PROVIDER = context.column(.episodes, "PLACE_PROVIDER")
        let e_URN = context.column(.episodes, "URN")
        return e.hits { i in e.hasRealURN(i) && !(providers.provider(urn: e_URN[i])?.providerCodes.contains(e_PLACE_PROVIDER[i]) ?? false) }
    }
}
