import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule529Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule529(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "A5", provider: "PR3"), B3.ep("2", "01/05/2024", place: "U3", provider: "PR3"), B3.ep("3", "01/05/2024", place: "R1", provider: "PR3"))])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0), RuleHit(.episodes, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule529(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "R1", provider: "PR3"), B3.ep("2", "01/05/2024", place: "K2", provider: "PR4"))]).isEmpty)
    }
}
