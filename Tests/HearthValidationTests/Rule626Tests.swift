import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule626Tests {
    let last: [SSDA903TableName: String] = [.header: B3.header("1,F,01/01/2008,WBRI,UN1,0,", "2,F,01/01/2008,WBRI,UN1,0,")]

    @Test func flagsTheBreakingRows() {
        let found = hits(Rule626(), [.header: B3.header("1,F,01/01/2008,WBRI,UN1,1,01/01/2024", "2,F,01/01/2008,WBRI,UN1,1,01/06/2024")], previous: last)
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.header, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule626(), [.header: B3.header("1,F,01/01/2008,WBRI,UN1,0,", "2,F,01/01/2008,WBRI,UN1,1,01/06/2024")], previous: last).isEmpty)
    }

    @Test func needsLastYearsReturn() {
        #expect(Rule626().needs == [.previousReturn])
    }
}
