import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct RuleSW09STG2Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(RuleSW09STG2(), [.swEpisodes: B3.sw("1,01/01/2010,SW1,01/05/2024,01/05/2024,FCONTA", "2,01/01/2010,SW1,01/05/2024,02/05/2024,FCONTA")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.swEpisodes, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(RuleSW09STG2(), [.swEpisodes: B3.sw("1,01/01/2010,SW1,01/05/2024,02/05/2024,FCONTA", "2,01/01/2010,SW1,01/05/2024,,FCONTA")]).isEmpty)
    }
}
