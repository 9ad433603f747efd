import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule523Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule523(), [.placedAdoption: B3.placed("1,01/01/2015,01/06/2024,,", "2,01/01/2015,01/06/2024,,"), .ad1: B3.ad1("1,01/01/2015,01/06/2024,,,,,", "2,01/01/2015,02/06/2024,,,,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.ad1, row: 1), RuleHit(.placedAdoption, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule523(), [.placedAdoption: B3.placed("1,01/01/2015,01/06/2024,,", "2,01/01/2015,,,"), .ad1: B3.ad1("1,01/01/2015,01/06/2024,,,,,", "2,01/01/2015,02/06/2024,,,,,")]).isEmpty)
    }
}
