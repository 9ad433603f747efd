import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule142Tests {
    @Test func flagsAnEarlierEpisodeLeftOpen() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,,,,,,", "1,01/08/2024,P,C2,N1,U2,PR1,,,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,01/06/2024,,,,,", "2,01/06/2024,P,C2,N1,U1,PR1,,,,,,")
        #expect(flagged(Rule142(), [.episodes: e]) == ["Episodes:0", "Episodes:2"])
    }
    @Test func passesClosedEarlierEpisodesAndAnOpenLatestOne() {
        let e = csv(.episodes, "1,01/08/2024,P,C2,N1,U2,PR1,,,,,,", "1,01/05/2024,S,C2,N1,U1,PR1,01/08/2024,X1,,,,")
        #expect(flagged(Rule142(), [.episodes: e]).isEmpty)
    }
}
