import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule559Tests {
    let last: [SSDA903TableName: String] = [.placedAdoption: B3.placed("2,01/01/2015,01/02/2024,,")]

    @Test func flagsTheBreakingRows() {
        let found = hits(Rule559(), [.placedAdoption: B3.placed("1,01/01/2015,01/02/2024,,", "2,01/01/2015,01/02/2024,,")], previous: last)
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.placedAdoption, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule559(), [.placedAdoption: B3.placed("1,01/01/2015,01/05/2024,,", "2,01/01/2015,01/02/2024,,")], previous: last).isEmpty)
    }

    @Test func needsLastYearsReturn() {
        #expect(Rule559().needs == [.previousReturn])
    }
}
