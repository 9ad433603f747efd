import Hearth
import HearthReturns

/// 378: a child placed with parents (PLACE = P1) cannot be accommodated under section 20 in a
/// single period of accommodation (LS = V2).
struct Rule378: ValidationRule {
    let code = "378"
    let explanation = "A child accommodated under section 20 (V2) cannot be placed with their parents (P1); placement with parents needs a care order. Check the legal status and the placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { episodes[$0, "PLACE"] == "P1" && episodes[$0, "LS"] == "V2" }.map { RuleHit(.episodes, row: $0) }
    }
}
