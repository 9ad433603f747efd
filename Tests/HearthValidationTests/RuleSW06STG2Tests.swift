import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct RuleSW06STG2Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(RuleSW06STG2(), [.swEpisodes: B3.sw("1,01/01/2010,SW1,31/03/2025,,FCONTA", "2,01/01/2010,SW1,01/04/2025,,FCONTA")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.swEpisodes, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(RuleSW06STG2(), [.swEpisodes: B3.sw("1,01/01/2010,SW1,01/04/2022,,FCONTA", "2,01/01/2010,SW1,,,FCONTA")]).isEmpty)
    }
}
