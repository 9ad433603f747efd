import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule528Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule528(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "P1", provider: "PR0"), B3.ep("2", "01/05/2024", place: "R2", provider: "PR2"))])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule528(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "K2", provider: "PR2"))]).isEmpty)
    }
}
