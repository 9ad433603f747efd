import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule555Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule555(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", ls: "D1"), B3.ep("2", "01/05/2024", ls: "D1")), .placedAdoption: B3.placed("2,01/01/2015,01/04/2024,,RD2")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0), RuleHit(.placedAdoption, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule555(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", ls: "D1"), B3.ep("2", "01/05/2024", ls: "C2")), .placedAdoption: B3.placed("1,01/01/2015,01/04/2024,,")]).isEmpty)
    }
}
