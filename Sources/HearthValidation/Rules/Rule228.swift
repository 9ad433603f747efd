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
        return e.hits { i in
            guard e.hasRealURN(i), let end = providers.provider(urn: e[i, "URN"])?.registrationEnd else { return false }
            return (context.date(e[i, "DEC"]) ?? context.collectionEnd) > end
        }
    }
}
