import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct RuleSW03STG1Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(RuleSW03STG1(), [.swEpisodes: B3.sw("1,01/01/2010,,01/04/2023,,FCONTA", "2,01/01/2010,SW1,,,FCONTA", "3,01/01/2010,SW1,01/04/2023,,", "4,01/01/2010,SW1,31/03/2023,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.swEpisodes, row: 0), RuleHit(.swEpisodes, row: 1), RuleHit(.swEpisodes, row: 2)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(RuleSW03STG1(), [.swEpisodes: B3.sw("1,01/01/2010,SW1,01/04/2023,,FCONTA", "2,01/01/2010,SW1,01/01/2023,,")]).isEmpty)
    }
}
