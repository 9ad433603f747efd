import Hearth
import HearthReturns

/// 611: a child recorded as a mother (MOTHER 1) needs the date of birth of her first child (MC_DOB).
struct Rule611: ValidationRule {
    let code = "611"
    let explanation = "MOTHER is 1, so the date of birth of her first child (MC_DOB) must be filled in. Add MC_DOB, or correct MOTHER."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header)
        return (0..<h.count).compactMap { i in
            Batch3.flag(h[i, "MOTHER"]) == 1 && Batch3.blank(h[i, "MC_DOB"]) ? RuleHit(.header, row: i) : nil
        }
    }
}
