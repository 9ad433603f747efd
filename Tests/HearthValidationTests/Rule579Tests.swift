import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule579Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule579(), [.placedAdoption: B3.placed("1,01/01/2015,01/04/2024,,", "1,01/01/2015,01/06/2024,,", "2,01/01/2015,01/04/2024,01/08/2024,RD1", "2,01/01/2015,01/06/2024,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.placedAdoption, row: 1), RuleHit(.placedAdoption, row: 3)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule579(), [.placedAdoption: B3.placed("1,01/01/2015,01/04/2024,01/05/2024,RD1", "1,01/01/2015,01/05/2024,,", "2,01/01/2015,01/04/2024,,")]).isEmpty)
    }
}
