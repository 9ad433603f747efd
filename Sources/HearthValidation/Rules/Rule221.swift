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
        return e.hits { i in
            guard e.hasRealURN(i), e[i, "LS"] != "V3", e[i, "LS"] != "V4", ["K1", "K2", "K3", "R3", "S1"].contains(e[i, "PLACE"]), e.has(i, "PL_POST") else { return false }
            return providers.provider(urn: e[i, "URN"])?.postcode != e[i, "PL_POST"].replacingOccurrences(of: " ", with: "")
        }
    }
}
