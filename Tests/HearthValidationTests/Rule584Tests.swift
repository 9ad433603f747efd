import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule584Tests {
    let last: [SSDA903TableName: String] = [.placedAdoption: B3.placed("1,01/01/2015,01/02/2024,01/03/2024,RD1", "2,01/01/2015,01/02/2024,,RD2", "3,01/01/2015,01/02/2024,01/03/2024,RD1")]

    @Test func flagsTheBreakingRows() {
        let found = hits(Rule584(), [.placedAdoption: B3.placed("1,01/01/2015,01/02/2024,,", "2,01/01/2015,,,", "3,01/01/2015,01/06/2024,,")], previous: last)
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.placedAdoption, row: 0), RuleHit(.placedAdoption, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule584(), [.placedAdoption: B3.placed("1,01/01/2015,01/06/2024,,", "3,01/01/2015,01/06/2024,,", "4,01/01/2015,,,")], previous: last).isEmpty)
    }

    @Test func needsLastYearsReturn() {
        #expect(Rule584().needs == [.previousReturn])
    }
}
