import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule625Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule625(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024"), B3.ep("2", "01/05/2024", dec: "01/01/2025", rec: "E13")), .header: B3.header("1,F,01/01/2008,WBRI,UN1,1,01/04/2025", "2,F,01/01/2008,WBRI,UN1,1,02/01/2025")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 1), RuleHit(.header, row: 0), RuleHit(.header, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule625(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024"), B3.ep("2", "01/05/2024", dec: "01/01/2025", rec: "E13")), .header: B3.header("1,F,01/01/2008,WBRI,UN1,1,31/03/2025", "2,F,01/01/2008,WBRI,UN1,1,01/01/2025")]).isEmpty)
    }
}
