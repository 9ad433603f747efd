import Hearth
import HearthReturns

/// 1009: the reason for placement change (REASON_PLACE_CHANGE), when given, must be on the DfE list.
struct Rule1009: ValidationRule {
    let code = "1009"
    let explanation = "REASON_PLACE_CHANGE must be one of CARPL, CLOSE, ALLEG, STAND, APPRR, CREQB, CREQO, CHILD, LAREQ, PLACE, CUSTOD or OTHER, in upper case. Correct the code."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter {
            let code = episodes[$0, "REASON_PLACE_CHANGE"]
            return !code.isEmpty && !ReasonForPlacementChange(rawValue: code).isValid(in: context.year)
        }.map { RuleHit(.episodes, row: $0) }
    }
}
