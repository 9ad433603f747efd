import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct RuleSW11STG2Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(RuleSW11STG2(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024"), B3.ep("2", "01/05/2024", dec: "01/06/2024", rec: "E13")), .swEpisodes: B3.sw("1,01/01/2010,SW1,01/05/2023,01/06/2024,FCONTA", "1,01/01/2010,SW2,01/06/2024,30/03/2025,LEFTRL", "2,01/01/2010,SW1,01/05/2023,01/06/2024,FCONTA")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.swEpisodes, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(RuleSW11STG2(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024")), .swEpisodes: B3.sw("1,01/01/2010,SW1,01/05/2023,01/06/2024,FCONTA", "1,01/01/2010,SW2,01/06/2024,,LEFTRL")]).isEmpty)
    }
}
