import Hearth
import HearthReturns

/// SW02STG1: a social worker ID (SW_ID) begins with "SW" (the worker's Social Work England
/// registration) or "XX" (an agency or unregistered worker); a blank ID does not.
struct RuleSW02STG1: ValidationRule {
    let code = "SW02STG1"
    let explanation = "SW_ID must be the social worker's Social Work England registration number, starting SW, or an ID starting XX where there is none. Correct the ID."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        return (0..<t.count).compactMap { i in
            let id = t[i, "SW_ID"]
            return id.hasPrefix("SW") || id.hasPrefix("XX") ? nil : RuleHit(.swEpisodes, row: i)
        }
    }
}
