import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct RuleSW04STG1Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(RuleSW04STG1(), [.swEpisodes: B3.sw("1,01/01/2010,SW1,31/02/2024,,FCONTA", "2,01/01/2010,SW1,2024-04-01,,FCONTA", "3,01/01/2010,SW1,ZZ/04/2024,,FCONTA")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.swEpisodes, row: 0), RuleHit(.swEpisodes, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(RuleSW04STG1(), [.swEpisodes: B3.sw("1,01/01/2010,SW1,01/04/2024,,FCONTA", "2,01/01/2010,SW1,,,FCONTA")]).isEmpty)
    }
}
