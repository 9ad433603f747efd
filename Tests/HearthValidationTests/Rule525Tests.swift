import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule525Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule525(), [.placedAdoption: B3.placed("1,01/01/2015,01/06/2024,01/09/2024,RD1", "2,01/01/2015,01/06/2024,,"), .ad1: B3.ad1("1,01/01/2015,,,,2,,", "2,01/01/2015,01/06/2024,,,,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.ad1, row: 0), RuleHit(.placedAdoption, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule525(), [.placedAdoption: B3.placed("1,01/01/2015,01/06/2024,01/09/2024,RD1"), .ad1: B3.ad1("1,01/01/2015,,,,,,")]).isEmpty)
    }
}
