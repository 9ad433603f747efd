import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule553Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule553(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", ls: "E1"), B3.ep("2", "01/05/2024", ls: "E1")), .placedAdoption: B3.placed("2,01/01/2015,01/04/2024,01/06/2024,RD1")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0), RuleHit(.placedAdoption, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule553(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", ls: "E1"), B3.ep("2", "01/05/2024", ls: "E1", dec: "01/06/2024", rec: "E13")), .placedAdoption: B3.placed("1,01/01/2015,01/04/2024,,", "2,01/01/2015,01/04/2024,01/06/2024,RD1")]).isEmpty)
    }
}
