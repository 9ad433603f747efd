import Hearth
import HearthReturns

/// 229: a council's own provision (PR1) must be in the council's area, and another council's (PR2) outside it, by the URN's provider; needs the council's code (--la), and is not checked without it.
struct Rule229: ValidationRule {
    let code = "229"
    let needs: Set<RuleInput> = [.ofstedProviders, .councilCode]
    let explanation = "PLACE_PROVIDER says the placement is provided by this council (PR1) or another council (PR2), but the provider with this URN is in a different area. Check PLACE_PROVIDER and URN."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let providers = context.providers, let la = context.localAuthority else { return [] }
        let e = context.table(.episodes)
        let e_PLACE_PROVIDER = context.column(.episodes, "PLACE_PROVIDER")
        let e_URN = context.column(.episodes, "URN")
        return e.hits { i in
            guard e.hasRealURN(i) else { return false }
            let providerLA = providers.provider(urn: e_URN[i])?.localAuthority
            return (e_PLACE_PROVIDER[i] == "PR1" && providerLA != la) || (e_PLACE_PROVIDER[i] == "PR2" && providerLA == la)
        }
    }
}
