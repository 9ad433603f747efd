import Hearth
import HearthReturns

/// 178: a placement provider, when given, must be PR0–PR5 and the placement type must be one that has a provider (not temporary, nor Z1 / Z11–Z14 by year).
struct Rule178: ValidationRule {
    let code = "178"
    let explanation = "PLACE_PROVIDER must be PR0 to PR5, and is recorded only for placements that have a provider (not temporary placements T0–T4 or Z1). Correct the provider code or clear it."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes), none = PlacementGroups.noProvider(context.year)
        let t_PLACE = context.column(.episodes, "PLACE")
        let t_PLACE_PROVIDER = context.column(.episodes, "PLACE_PROVIDER")
        return t.hits { i in
            let p = t_PLACE_PROVIDER[i]
            guard !p.isEmpty else { return false }
            return !(PlacementProvider(rawValue: p).isValid(in: context.year) && !none.contains(t_PLACE[i]))
        }
    }
}
