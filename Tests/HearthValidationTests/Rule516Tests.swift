import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule516Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule516(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "U4", dec: "01/07/2024", rec: "E45"), B3.ep("2", "01/05/2024", place: "K2", dec: "01/07/2024", rec: "E46"))])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule516(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "U6", dec: "01/07/2024", rec: "E46"), B3.ep("2", "01/05/2024", place: "K2", dec: "01/07/2024", rec: "E13"))]).isEmpty)
    }
}
