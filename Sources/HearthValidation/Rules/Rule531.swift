import Hearth
import HearthReturns

/// 531: a voluntary or third-sector provider (PR5) cannot be a placement with parents (P1).
struct Rule531: ValidationRule {
    let code = "531"
    let explanation = "PLACE_PROVIDER PR5 (voluntary or third sector) cannot go with PLACE P1 (placed with parents). Correct the provider or the placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes)
        let places: Set<String> = ["P1"]
        return (0..<eps.count).compactMap { i in
            eps[i, "PLACE_PROVIDER"] == "PR5" && places.contains(eps[i, "PLACE"]) ? RuleHit(.episodes, row: i) : nil
        }
    }
}
