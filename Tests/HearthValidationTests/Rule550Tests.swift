import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule550Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule550(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "P1", provider: "PR0"), B3.ep("2", "01/05/2024", place: "U1", provider: "PR0"))])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule550(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "P1", provider: "PR0"), B3.ep("2", "01/05/2024", place: "U1", provider: "PR1"))]).isEmpty)
    }
}
