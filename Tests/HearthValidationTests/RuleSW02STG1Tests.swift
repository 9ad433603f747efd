import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct RuleSW02STG1Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(RuleSW02STG1(), [.swEpisodes: B3.sw("1,01/01/2010,SW123,01/04/2023,,FCONTA", "2,01/01/2010,sw123,01/04/2023,,FCONTA", "3,01/01/2010,,01/04/2023,,FCONTA")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.swEpisodes, row: 1), RuleHit(.swEpisodes, row: 2)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(RuleSW02STG1(), [.swEpisodes: B3.sw("1,01/01/2010,SW123,01/04/2023,,FCONTA", "2,01/01/2010,XX9,01/04/2023,,FCONTA")]).isEmpty)
    }
}
