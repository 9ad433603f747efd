import Hearth
import HearthReturns

/// 228: an episode must not end (or, when open, the year must not end) after the URN's registration ended.
struct Rule228: ValidationRule {
    let code = "228"
    let needs: Set<RuleInput> = [.ofstedProviders]
    let explanation = "The provider's Ofsted registration ended before this episode did. Check the URN and DEC; if the child moved, record the move."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let providers = context.providers else { return [] }
        let e = context.table(.episodes)
        let e_URN = context.column(.episodes, "URN")
        let e_DEC_d = context.dates(.episodes, "DEC")
        return e.hits { i in
            guard e.hasRealURN(i), let end = providers.provider(urn: e_URN[i])?.registrationEnd else { return false }
            return (e_DEC_d[i] ?? context.collectionEnd) > end
        }
    }
}
