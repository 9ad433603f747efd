import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule628Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule628(), [.episodes: B3.episodes(B3.ep("2", "01/05/2024")), .header: B3.header("1,F,01/01/2005,WBRI,UN1,0,", "2,F,01/01/2007,WBRI,UN1,0,"), .oc3: B3.oc3("1,01/01/2005,Yes,F2,S", "2,01/01/2007,Yes,F2,S")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.header, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule628(), [.episodes: B3.episodes(B3.ep("2", "01/05/2024")), .header: B3.header("1,F,01/01/2005,WBRI,UN1,,", "2,F,01/01/2007,WBRI,UN1,0,"), .oc3: B3.oc3("1,01/01/2005,Yes,F2,S", "2,01/01/2007,Yes,F2,S")]).isEmpty)
    }
}
