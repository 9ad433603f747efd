import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule554Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule554(), [.episodes: B3.episodes(B3.ep("1", "01/07/2024", rne: "L", ls: "E1"), B3.ep("1", "01/05/2024", ls: "E1", dec: "01/07/2024", rec: "X1")), .placedAdoption: B3.placed("1,01/01/2015,01/06/2024,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 1), RuleHit(.placedAdoption, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule554(), [.episodes: B3.episodes(B3.ep("1", "01/07/2024", ls: "E1"), B3.ep("2", "01/07/2024", ls: "C2")), .placedAdoption: B3.placed("1,01/01/2015,01/07/2024,,", "2,01/01/2015,01/08/2024,,")]).isEmpty)
    }
}
