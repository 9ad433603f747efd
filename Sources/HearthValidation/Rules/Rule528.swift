import Hearth
import HearthReturns

/// 528: another council's provision (PR2) cannot be a placement with parents (P1), a residential employment placement (R2) or a young offender institution (R5).
struct Rule528: ValidationRule {
    let code = "528"
    let explanation = "PLACE_PROVIDER PR2 (other council) cannot go with PLACE P1, R2 or R5, which no council provides. Correct the provider or the placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes)
        let places: Set<String> = ["P1", "R2", "R5"]
        return (0..<eps.count).compactMap { i in
            eps[i, "PLACE_PROVIDER"] == "PR2" && places.contains(eps[i, "PLACE"]) ? RuleHit(.episodes, row: i) : nil
        }
    }
}
