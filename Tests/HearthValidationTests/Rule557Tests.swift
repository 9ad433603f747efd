import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule557Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule557(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", ls: "E1", dec: "01/07/2024", rec: "E13"), B3.ep("2", "01/05/2024", place: "A4", dec: "01/07/2024", rec: "E4A")), .placedAdoption: B3.placed("1,01/01/2015,01/04/2024,01/07/2024,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0), RuleHit(.episodes, row: 1), RuleHit(.placedAdoption, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule557(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", ls: "E1", dec: "01/07/2024", rec: "E11"), B3.ep("2", "01/05/2024", place: "A4", dec: "01/07/2024", rec: "E4A")), .placedAdoption: B3.placed("2,01/01/2015,01/04/2024,01/07/2024,RD1")]).isEmpty)
    }
}

@Suite struct Rule557YearTests {
    @Test func aFreeingOrderCountsOnlyBefore2024() {
        let tables: [SSDA903TableName: String] = [.episodes: B3.episodes(B3.ep("1", "01/05/2023", ls: "D1", dec: "01/07/2023", rec: "E13"))]
        #expect(hits(Rule557(), tables, year: CollectionYear(2023)) == [RuleHit(.episodes, row: 0)])
        #expect(hits(Rule557(), tables, year: CollectionYear(2024)).isEmpty)
    }
}
