import Hearth
import HearthReturns

/// 385: an episode cannot end after the end of the collection year.
struct Rule385: ValidationRule {
    let code = "385"
    let explanation = "The episode ends after 31 March at the end of the collection year. Leave DEC blank if the episode was still open then, or correct the date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { context.dateCell(episodes, $0, "DEC").map { $0 > context.collectionEnd } ?? false }
            .map { RuleHit(.episodes, row: $0) }
    }
}
