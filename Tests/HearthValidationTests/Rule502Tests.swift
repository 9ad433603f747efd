import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule502Tests {
    let last = [SSDA903TableName.episodes: B3.episodes(B3.ep("1", "01/01/2024"), B3.ep("2", "01/02/2024"))]

    @Test func flagsAFirstEpisodeNotStartingWithLastYearsOpenEpisode() {
        let found = hits(Rule502(), [.episodes: B3.episodes(
            B3.ep("1", "01/06/2024", rne: "P"), B3.ep("1", "02/01/2024"), B3.ep("2", "01/02/2024"))], previous: last)
        #expect(found == [RuleHit(.episodes, row: 1)])
    }

    @Test func passesAMatchingStartAndChildrenWithoutAnOpenEpisode() {
        let found = hits(Rule502(), [.episodes: B3.episodes(B3.ep("2", "01/02/2024"), B3.ep("3", "05/05/2024"))], previous: last)
        #expect(found.isEmpty)
    }
}
