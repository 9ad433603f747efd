import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct RuleSW13STG1Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(RuleSW13STG1(), [.swEpisodes: B3.sw("1,01/01/2010,SW1,01/05/2024,,NOPE", "2,01/01/2010,SW1,01/04/2023,,", "3,01/01/2010,SW1,31/03/2023,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.swEpisodes, row: 0), RuleHit(.swEpisodes, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(RuleSW13STG1(), [.swEpisodes: B3.sw("1,01/01/2010,SW1,01/05/2024,,ORGRST", "2,01/01/2010,SW1,01/02/2023,,")]).isEmpty)
    }
}
