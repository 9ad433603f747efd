import Hearth
import HearthReturns

/// 550: provider code PR0 (parent(s) or someone with parental responsibility) goes only with P1.
struct Rule550: ValidationRule {
    let code = "550"
    let explanation = "PLACE_PROVIDER PR0 means the child is with a parent or someone with parental responsibility, which is placement type P1 only. Correct the provider or the placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes)
        return (0..<eps.count).compactMap { i in
            eps[i, "PLACE_PROVIDER"] == "PR0" && eps[i, "PLACE"] != "P1" ? RuleHit(.episodes, row: i) : nil
        }
    }
}
