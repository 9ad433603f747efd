import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct RuleSW12STG2Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(RuleSW12STG2(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024"), B3.ep("2", "01/05/2024")), .header: B3.header("1,F,01/01/2010,WBRI,UN1,,", "2,F,01/01/2010,WBRI,UN1,,"), .swEpisodes: B3.sw("1,01/01/2010,SW1,01/05/2024,,LEFTRL", "2,01/01/2010,SW1,01/05/2024,,FCONTA")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(RuleSW12STG2(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024"), B3.ep("2", "01/08/2024")), .header: B3.header("1,F,01/01/2010,WBRI,UN1,,", "2,F,01/07/2024,WBRI,UN1,,"), .swEpisodes: B3.sw("1,01/01/2010,SW1,01/02/2024,,LEFTRL", "2,01/07/2024,SW1,01/07/2024,,LEFTRL")]).isEmpty)
    }
}
