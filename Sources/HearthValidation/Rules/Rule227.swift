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
        let e_URN = context.column(.episodes, "URN")
        let e_DECOM_d = context.dates(.episodes, "DECOM")
        return e.hits { i in
            guard e.hasRealURN(i), let end = providers.provider(urn: e_URN[i])?.registrationEnd, let decom = e_DECOM_d[i] else { return false }
            return decom >= end
        }
    }
}
