import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule117Tests {
    @Test func flagsDecisionsAfterTheLatestEpisodeEndedOrAfterTheYear() {
        let episodes = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,01/08/2024,X1,,,,", "1,01/08/2024,P,E1,N1,A4,PR1,01/10/2024,E11,,,,",
                           "2,01/05/2024,S,E1,N1,A4,PR1,,,,,,", "3,01/05/2024,S,E1,N1,A4,PR1,01/10/2024,E11,,,,")
        let placed = csv(.placedAdoption, "1,01/01/2020,01/11/2024,,", "2,01/01/2020,01/05/2025,,", "3,01/01/2020,01/09/2024,,")
        #expect(flagged(Rule117(), [.episodes: episodes, .placedAdoption: placed]) == ["Episodes:1", "Episodes:2", "PlacedAdoption:0", "PlacedAdoption:1"])
    }
    @Test func passesDecisionsWithinTheEpisode() {
        let episodes = csv(.episodes, "1,01/05/2024,S,E1,N1,A4,PR1,01/10/2024,E11,,,,")
        #expect(flagged(Rule117(), [.episodes: episodes, .placedAdoption: csv(.placedAdoption, "1,01/01/2020,01/10/2024,,")]).isEmpty)
    }
}
