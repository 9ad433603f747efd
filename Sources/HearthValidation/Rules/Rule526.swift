import Hearth
import HearthReturns

/// 526: every episode needs a placement provider, except temporary moves (T0–T4) and "other
/// placements" (Z1 until 2024/25; Z11–Z14 from 2025/26, when Z1 was split).
struct Rule526: ValidationRule {
    let code = "526"
    let explanation = "Every episode must say who provides the placement (PLACE_PROVIDER PR0–PR5), except temporary moves (T0–T4) and other placements (Z1, or Z11–Z14 from 2025/26). Fill in PLACE_PROVIDER."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes)
        let exempt: Set<String> = context.year.startYear >= 2025
            ? ["T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"] : ["T0", "T1", "T2", "T3", "T4", "Z1"]
        return (0..<eps.count).compactMap { i in
            Batch3.blank(eps[i, "PLACE_PROVIDER"]) && !exempt.contains(eps[i, "PLACE"]) ? RuleHit(.episodes, row: i) : nil
        }
    }
}
