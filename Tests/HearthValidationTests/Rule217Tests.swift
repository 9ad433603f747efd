import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule217Tests {
    @Test func flagsAnA3OrA5PlacementWithAChangeOfCarer() {
        #expect(flagged(Rule217(), [.episodes: csv(.episodes, "1,01/05/2024,P,E1,N1,A3,PR1,,,,,,", "2,01/05/2024,B,E1,N1,A5,PR1,,,,,,", "3,01/05/2024,T,E1,N1,A5,PR1,,,,,,")]) == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesSameCarerStartsAndOldEpisodes() {
        #expect(flagged(Rule217(), [.episodes: csv(.episodes, "1,01/05/2024,U,E1,N1,A3,PR1,,,,,,", "2,01/05/2014,P,E1,N1,A5,PR1,,,,,,")]).isEmpty)
    }
}
