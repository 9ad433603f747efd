import Hearth
import HearthReturns

/// 529: other public provision (PR3) cannot be P1, A3–A6, K1, K2 or U1–U6, which other public organisations cannot provide.
struct Rule529: ValidationRule {
    let code = "529"
    let explanation = "PLACE_PROVIDER PR3 (other public provision) cannot go with placement with parents (P1), adoption placements (A3–A6), secure children's homes (K1), children's homes (K2) or foster placements with relatives or friends (U1–U6). Correct the provider or the placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes)
        let places: Set<String> = ["P1", "A3", "A4", "A5", "A6", "K1", "K2", "U1", "U2", "U3", "U4", "U5", "U6"]
        return (0..<eps.count).compactMap { i in
            eps[i, "PLACE_PROVIDER"] == "PR3" && places.contains(eps[i, "PLACE"]) ? RuleHit(.episodes, row: i) : nil
        }
    }
}
