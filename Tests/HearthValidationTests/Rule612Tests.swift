import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule612Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule612(), [.header: B3.header("1,F,01/01/2008,WBRI,UN1,0,01/01/2024", "2,F,01/01/2008,WBRI,UN1,,01/01/2024", "3,F,01/01/2008,WBRI,UN1,1,01/01/2024")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.header, row: 0), RuleHit(.header, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule612(), [.header: B3.header("1,F,01/01/2008,WBRI,UN1,0,", "2,F,01/01/2008,WBRI,UN1,1,01/01/2024")]).isEmpty)
    }
}
