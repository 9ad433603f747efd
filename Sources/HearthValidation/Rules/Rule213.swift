import Hearth
import HearthReturns

/// 213: a temporary placement (T0–T4; and Z11–Z14 from 2025/26) must not have a placement provider.
struct Rule213: ValidationRule {
    let code = "213"
    let explanation = "PLACE_PROVIDER is not needed for a temporary placement. Clear it, or correct PLACE."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        let t_PLACE = context.column(.episodes, "PLACE")
        let t_PLACE_PROVIDER = context.column(.episodes, "PLACE_PROVIDER")
        let places: Set<String> = context.year.startYear >= 2025 ? PlacementGroups.temporary.union(["Z11", "Z12", "Z13", "Z14"]) : PlacementGroups.temporary
        return t.hits { places.contains(t_PLACE[$0]) && !t_PLACE_PROVIDER[$0].isEmpty }
    }
}
