import Hearth
import HearthReturns

/// 148: the episode end date and the reason it ended must both be given or both be blank.
struct Rule148: ValidationRule {
    let code = "148"
    let explanation = "DEC and REC in the Episodes table go together: a closed episode needs both its end date and the reason it ended; an open one neither."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        let t_DEC = context.column(.episodes, "DEC")
        let t_REC = context.column(.episodes, "REC")
        return t.hits { t_DEC[$0].isEmpty != t_REC[$0].isEmpty }
    }
}
