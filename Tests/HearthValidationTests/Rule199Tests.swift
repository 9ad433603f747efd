import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule199Tests {
    @Test func flagsEpisodesAfterAnAdoptionThisYearOrLast() {
        let e = csv(.episodes, "1,01/05/2024,S,E1,N1,A4,PR1,01/07/2024,E11,,,,", "1,01/09/2024,S,C2,N1,U1,PR1,,,,,,", "2,01/06/2024,S,C2,N1,U1,PR1,,,,,,")
        let last = csv(.episodes, "2,01/05/2023,S,E1,N1,A4,PR1,01/07/2023,E12,,,,")
        #expect(flagged(Rule199(), [.episodes: e], previous: [.episodes: last]) == ["Episodes:1", "Episodes:2"])
    }
    @Test func passesTheAdoptionEpisodeItself() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,01/07/2024,X1,,,,", "1,01/07/2024,P,E1,N1,A4,PR1,01/10/2024,E11,,,,")
        #expect(flagged(Rule199(), [.episodes: e]).isEmpty)
    }
}

extension Rule199Tests {
    @Test func countsAnEpisodeInBothReturnsOnce() {
        let e = csv(.episodes, "1,01/05/2023,S,E1,N1,A4,PR1,01/07/2024,E11,,,,", "1,01/09/2024,S,C2,N1,U1,PR1,,,,,,")
        let last = csv(.episodes, "1,01/05/2023,S,E1,N1,A4,PR1,,,,,,")
        #expect(flagged(Rule199(), [.episodes: e], previous: [.episodes: last]) == ["Episodes:1"])
    }
}
