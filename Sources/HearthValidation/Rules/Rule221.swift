import Hearth
import HearthReturns

/// 221: for children's homes, secure homes, supported accommodation, residential schools and other residential settings (K1, K2, K3, R3, S1), the placement postcode must be the URN's postcode.
struct Rule221: ValidationRule {
    let code = "221"
    let needs: Set<RuleInput> = [.ofstedProviders]
    let explanation = "PL_POST does not match the postcode Ofsted holds for this URN. Check the URN and the placement postcode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let providers = context.providers else { return [] }
        let e = context.table(.episodes)
        let e_LS = context.column(.episodes, "LS")
        let e_PLACE = context.column(.episodes, "PLACE")
        let e_PL_POST = context.column(.episodes, "PL_POST")
        let e_URN = context.column(.episodes, "URN")
        return e.hits { i in
            guard e.hasRealURN(i), e_LS[i] != "V3", e_LS[i] != "V4", ["K1", "K2", "K3", "R3", "S1"].contains(e_PLACE[i]), !e_PL_POST[i].isEmpty else { return false }
            return providers.provider(urn: e_URN[i])?.postcode != e_PL_POST[i].replacingOccurrences(of: " ", with: "")
        }
    }
}
