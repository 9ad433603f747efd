import Hearth
import HearthReturns

/// 527: the council's own provision (PR1) cannot be a placement with parents (P1), a residential employment placement (R2) or a young offender institution (R5).
struct Rule527: ValidationRule {
    let code = "527"
    let explanation = "PLACE_PROVIDER PR1 (own council) cannot go with PLACE P1 (placed with parents), R2 (residential employment) or R5 (young offender institution or prison). Correct the provider or the placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes)
        let places: Set<String> = ["P1", "R2", "R5"]
        return (0..<eps.count).compactMap { i in
            eps[i, "PLACE_PROVIDER"] == "PR1" && places.contains(eps[i, "PLACE"]) ? RuleHit(.episodes, row: i) : nil
        }
    }
}
