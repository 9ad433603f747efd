import Hearth
import HearthReturns

/// 344: a young person who has died (DIED) or returned home for six months or more (RHOM) must
/// have activity and accommodation both recorded as 0; a blank counts as not 0.
struct Rule344: ValidationRule {
    let code = "344"
    let explanation = "The young person has died or returned home to their parents for six months or more, so ACTIV and ACCOM must both be 0. Set them to 0, or correct IN_TOUCH."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc3 = context.table(.oc3)
        return (0..<oc3.count).filter {
            ["DIED", "RHOM"].contains(oc3[$0, "IN_TOUCH"]) && (oc3[$0, "ACTIV"] != "0" || oc3[$0, "ACCOM"] != "0")
        }.map { RuleHit(.oc3, row: $0) }
    }
}
