import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule118Tests {
    @Test func flagsAReversalBeforeTheFirstEpisodeOrTheYear() {
        let episodes = csv(.episodes, "1,01/03/2024,S,V3,N1,U1,PR1,02/03/2024,E8,,,,", "1,01/06/2024,S,C2,N1,U1,PR1,,,,,,", "2,01/01/2023,S,C2,N1,U1,PR1,,,,,,")
        let placed = csv(.placedAdoption, "1,01/01/2020,01/05/2024,15/05/2024,RD1", "2,01/01/2020,01/01/2024,01/03/2024,RD1")
        #expect(flagged(Rule118(), [.episodes: episodes, .placedAdoption: placed]) == ["Episodes:1", "Episodes:2", "PlacedAdoption:0", "PlacedAdoption:1"])
    }
    @Test func passesAReversalInTheYearAfterCareStarted() {
        let episodes = csv(.episodes, "1,01/06/2023,S,C2,N1,U1,PR1,,,,,,")
        #expect(flagged(Rule118(), [.episodes: episodes, .placedAdoption: csv(.placedAdoption, "1,01/01/2020,01/01/2024,01/06/2024,RD1", "1,01/01/2020,01/01/2024,,")]).isEmpty)
    }
}
