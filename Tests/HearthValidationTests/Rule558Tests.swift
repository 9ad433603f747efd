import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule558Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule558(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "A3", dec: "01/07/2024", rec: "E11")), .placedAdoption: B3.placed("1,01/01/2015,01/04/2024,01/07/2024,RD1")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule558(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "A3", dec: "01/07/2024", rec: "E11")), .placedAdoption: B3.placed("1,01/01/2015,01/01/2023,01/02/2023,RD1", "1,01/01/2015,01/04/2024,,")]).isEmpty)
    }
}
