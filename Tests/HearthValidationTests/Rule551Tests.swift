import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule551Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule551(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "A3"), B3.ep("2", "01/05/2024", place: "A5"), B3.ep("3", "01/05/2024", place: "A4")), .placedAdoption: B3.placed("2,01/01/2015,,,", "3,01/01/2015,01/04/2024,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0), RuleHit(.episodes, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule551(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "A3"), B3.ep("2", "01/05/2024", place: "U1")), .placedAdoption: B3.placed("1,01/01/2015,01/04/2024,,")]).isEmpty)
    }
}
