import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule552Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule552(), [.episodes: B3.episodes(B3.ep("1", "01/07/2024", place: "A3"), B3.ep("1", "01/05/2024", place: "A5", dec: "01/07/2024", rec: "X1")), .placedAdoption: B3.placed("1,01/01/2015,01/04/2024,01/04/2024,RD1", "1,01/01/2015,01/06/2024,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 1), RuleHit(.placedAdoption, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule552(), [.episodes: B3.episodes(B3.ep("1", "01/07/2024", place: "A3")), .placedAdoption: B3.placed("1,01/01/2015,01/04/2024,01/04/2024,RD1", "1,01/01/2015,01/07/2024,,")]).isEmpty)
    }
}
