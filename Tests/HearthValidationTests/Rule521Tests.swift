import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule521Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule521(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "A5"), B3.ep("2", "01/05/2024", place: "A3")), .ad1: B3.ad1("1,01/01/2015,02/05/2024,,,,,", "2,01/01/2015,01/05/2024,,,,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.ad1, row: 0), RuleHit(.episodes, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule521(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "A5"), B3.ep("2", "01/05/2024", place: "U1")), .ad1: B3.ad1("1,01/01/2015,01/04/2024,,,,,", "2,01/01/2015,01/06/2024,,,,,")]).isEmpty)
    }
}
