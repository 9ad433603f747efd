import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule526Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule526(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "U1", provider: ""), B3.ep("2", "01/05/2024", place: "T1", provider: ""))])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule526(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "Z1", provider: ""), B3.ep("2", "01/05/2024", place: "U1", provider: "PR1"))]).isEmpty)
    }
}

@Suite struct Rule526YearTests {
    @Test func z1IsNoLongerExemptFrom2025() {
        let tables = [SSDA903TableName.episodes: B3.episodes(B3.ep("1", "01/05/2025", place: "Z1", provider: ""), B3.ep("2", "01/05/2025", place: "Z12", provider: ""))]
        #expect(hits(Rule526(), tables, year: CollectionYear(2025)) == [RuleHit(.episodes, row: 0)])
    }
}
