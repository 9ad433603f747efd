import Hearth
import HearthReturns

/// 345: when the council is in touch (IN_TOUCH = YES), activity and accommodation cannot be 0.
struct Rule345: ValidationRule {
    let code = "345"
    let explanation = "The council is in touch with the young person, so their activity and accommodation are known and cannot be 0. Record the actual ACTIV and ACCOM codes."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc3 = context.table(.oc3)
        return (0..<oc3.count).filter {
            oc3[$0, "IN_TOUCH"] == "YES" && (oc3[$0, "ACTIV"] == "0" || oc3[$0, "ACCOM"] == "0")
        }.map { RuleHit(.oc3, row: $0) }
    }
}
