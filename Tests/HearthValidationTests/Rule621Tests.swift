import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule621Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule621(), [.header: B3.header("1,F,01/01/2008,WBRI,UN1,1,01/01/2008", "2,F,01/01/2008,WBRI,UN1,1,01/01/2007", "3,F,01/01/2008,WBRI,UN1,1,02/01/2008")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.header, row: 0), RuleHit(.header, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule621(), [.header: B3.header("1,F,01/01/2008,WBRI,UN1,1,01/01/2024", "2,F,01/01/2008,WBRI,UN1,0,")]).isEmpty)
    }
}
