import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct RuleSW07STG2Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(RuleSW07STG2(), [.swEpisodes: B3.sw("1,01/01/2010,SW1,01/01/2023,31/03/2023,FCONTA", "2,01/01/2010,SW1,01/01/2023,01/04/2023,FCONTA", "3,01/01/2010,SW1,01/01/2025,01/04/2025,FCONTA")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.swEpisodes, row: 0), RuleHit(.swEpisodes, row: 2)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(RuleSW07STG2(), [.swEpisodes: B3.sw("1,01/01/2010,SW1,01/01/2023,31/03/2025,FCONTA", "2,01/01/2010,SW1,01/01/2023,,FCONTA")]).isEmpty)
    }
}
