import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule501Tests {
    @Test func flagsAnEpisodeStartingBeforeThePreviousEnded() {
        let found = hits(Rule501(), [.episodes: B3.episodes(
            B3.ep("1", "01/05/2024", dec: "01/07/2024", rec: "X1"),
            B3.ep("1", "20/06/2024", rne: "P"),
            B3.ep("2", "01/05/2024", dec: "01/07/2024", rec: "X1"),
            B3.ep("2", "01/07/2024", rne: "P"))])
        #expect(found == [RuleHit(.episodes, row: 1)])
    }

    @Test func flagsAnEpisodeStartingWhileThePreviousIsStillOpen() {
        let found = hits(Rule501(), [.episodes: B3.episodes(B3.ep("1", "18/09/2024", rne: "P"), B3.ep("1", "03/09/2024"))])
        #expect(found == [RuleHit(.episodes, row: 0)])
    }

    @Test func passesEpisodesThatFollowOnOrLeaveAGap() {
        let found = hits(Rule501(), [.episodes: B3.episodes(
            B3.ep("1", "01/08/2024", rne: "P"),
            B3.ep("1", "01/05/2024", dec: "01/07/2024", rec: "E13"))])
        #expect(found.isEmpty)
    }
}
