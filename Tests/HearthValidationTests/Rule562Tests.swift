import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule562Tests {
    let last: [SSDA903TableName: String] = [.episodes: B3.episodes(B3.ep("1", "01/06/2023", dec: "01/01/2024", rec: "X1"), B3.ep("1", "01/01/2024"), B3.ep("2", "01/02/2024"))]

    @Test func flagsTheBreakingRows() {
        let found = hits(Rule562(), [.episodes: B3.episodes(B3.ep("1", "01/01/2024"), B3.ep("2", "01/03/2024"))], previous: last)
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule562(), [.episodes: B3.episodes(B3.ep("1", "01/01/2024"), B3.ep("1", "01/06/2024", rne: "P"), B3.ep("3", "01/06/2024"))], previous: last).isEmpty)
    }

    @Test func needsLastYearsReturn() {
        #expect(Rule562().needs == [.previousReturn])
    }
}
