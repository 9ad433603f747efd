import Hearth
import HearthReturns

/// 390: a child adopted (REC E11/E12) must have been placed for adoption (PLACE A3–A6) in that episode.
struct Rule390: ValidationRule {
    let code = "390"
    let explanation = "The episode ended with adoption, but the child was not in an adoption placement (A3–A6). Check the reason the episode ended and the placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter {
            ["E11", "E12"].contains(episodes[$0, "REC"]) && !["A3", "A4", "A5", "A6"].contains(episodes[$0, "PLACE"])
        }.map { RuleHit(.episodes, row: $0) }
    }
}
