import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule527Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule527(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "P1", provider: "PR1"), B3.ep("2", "01/05/2024", place: "U1", provider: "PR1"), B3.ep("3", "01/05/2024", place: "R5", provider: "PR1"))])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0), RuleHit(.episodes, row: 2)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule527(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "R2", provider: "PR4"), B3.ep("2", "01/05/2024", place: "K2", provider: "PR1"))]).isEmpty)
    }
}
