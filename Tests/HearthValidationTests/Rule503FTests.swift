import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule503FTests {
    let last = [SSDA903TableName.episodes: B3.episodes(
        B3.ep("1", "01/01/2023", dec: "01/01/2024", rec: "X1", urn: "SC1"), B3.ep("1", "01/01/2024", urn: "SC1"),
        B3.ep("2", "01/02/2024", dec: "01/03/2024", rec: "E13", urn: "SC1"))]

    @Test func flagsAFirstEpisodeDifferingFromLastYearsOpenEpisode() {
        let found = hits(Rule503F(), [.episodes: B3.episodes(
            B3.ep("1", "01/06/2024", urn: "SC1"), B3.ep("1", "01/01/2024", dec: "01/06/2024", rec: "X1", urn: "SC2"))], previous: last)
        #expect(found == [RuleHit(.episodes, row: 1)])
    }

    @Test func passesAMatchAndAChildWhoseLastEpisodeHadEnded() {
        let found = hits(Rule503F(), [.episodes: B3.episodes(
            B3.ep("1", "01/01/2024", urn: "SC1"), B3.ep("2", "01/05/2024", urn: "SC2"))], previous: last)
        #expect(found.isEmpty)
    }
}
