import Hearth
import HearthReturns

/// 1008: an episode's Ofsted URN, when given (and not the XXXXXXX placeholder), must be a
/// provider on Ofsted's lists. Registration is checked on the day the episode started.
struct Rule1008: ValidationRule {
    let code = "1008"
    let needs: Set<RuleInput> = [.ofstedProviders]
    let explanation = "The Ofsted unique reference number (URN) of the placement is not on Ofsted's provider lists. Correct the URN, or use XXXXXXX where the provider has no URN."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let providers = context.providers else { return [] }
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { i in
            let urn = episodes[i, "URN"]
            guard !urn.isEmpty, urn != "XXXXXXX" else { return false }
            return !providers.isRegistered(urn: urn, on: context.dateCell(episodes, i, "DECOM") ?? context.collectionEnd)
        }.map { RuleHit(.episodes, row: $0) }
    }
}
