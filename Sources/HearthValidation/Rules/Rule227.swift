import Hearth
import HearthReturns

/// 227: an episode must not start on or after the URN's registration ended.
struct Rule227: ValidationRule {
    let code = "227"
    let needs: Set<RuleInput> = [.ofstedProviders]
    let explanation = "The provider's Ofsted registration had ended when this episode started. Check the URN and DECOM."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let providers = context.providers else { return [] }
        let e = context.table(.episodes)
        return e.hits { i in
            guard e.hasRealURN(i), let end = providers.provider(urn: e[i, "URN"])?.registrationEnd, let decom = context.date(e[i, "DECOM"]) else { return false }
            return decom >= end
        }
    }
}
