import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct RuleSW108STG2Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(RuleSW108STG2(), [.swEpisodes: B3.sw("1,01/01/2010,SW2,01/06/2024,,LEFTRL", "1,01/01/2010,SW1,01/05/2024,,FCONTA")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.swEpisodes, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(RuleSW108STG2(), [.swEpisodes: B3.sw("1,01/01/2010,SW2,01/06/2024,,LEFTRL", "1,01/01/2010,SW1,01/05/2024,01/06/2024,FCONTA", "2,01/01/2010,SW1,01/05/2024,,FCONTA")]).isEmpty)
    }
}

@Suite struct RuleSW108STG2SameDayTests {
    @Test func anOpenEpisodeStartingTheSameDayAsAnEndedOneIsTheCurrentOne() {
        let found = hits(RuleSW108STG2(), [.swEpisodes: B3.sw("1,01/01/2010,SW2,31/07/2024,,LEFTRL", "1,01/01/2010,SW1,31/07/2024,31/07/2024,FCONTA")])
        #expect(found.isEmpty)
    }
}
