import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct RuleSW01STG1Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(RuleSW01STG1(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024"), B3.ep("2", "01/05/2024"), B3.ep("3", "01/05/2024", ls: "V3")), .swEpisodes: B3.sw("1,01/01/2010,SW1,01/04/2023,,FCONTA")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(RuleSW01STG1(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024"), B3.ep("2", "01/05/2024", dec: "01/06/2024", rec: "E13")), .swEpisodes: B3.sw("1,01/01/2010,SW1,01/04/2023,,FCONTA")]).isEmpty)
    }
}
