import Hearth
import HearthReturns

/// 530: a private provider (PR4) cannot be a placement with parents (P1).
struct Rule530: ValidationRule {
    let code = "530"
    let explanation = "PLACE_PROVIDER PR4 (private provision) cannot go with PLACE P1 (placed with parents). Correct the provider or the placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes)
        let places: Set<String> = ["P1"]
        return (0..<eps.count).compactMap { i in
            eps[i, "PLACE_PROVIDER"] == "PR4" && places.contains(eps[i, "PLACE"]) ? RuleHit(.episodes, row: i) : nil
        }
    }
}
