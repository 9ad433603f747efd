import Hearth
import HearthReturns

/// 451: a child can no longer be freed for adoption: an open episode (no DEC, no REC) with legal
/// status D1 (freeing order) is flagged.
struct Rule451: ValidationRule {
    let code = "451"
    let explanation = "The child is still recorded as freed for adoption (D1) in an open episode, but freeing orders ended in December 2005. Record the child's current legal status."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter {
            episodes[$0, "LS"] == "D1" && episodes.isBlankCell($0, "DEC") && episodes.isBlankCell($0, "REC")
        }.map { RuleHit(.episodes, row: $0) }
    }
}
