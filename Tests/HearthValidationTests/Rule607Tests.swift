import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule607Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule607(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", dec: "01/01/2025", rec: "E13"), B3.ep("2", "01/05/2024", dec: "01/01/2025", rec: "E13"), B3.ep("3", "01/05/2024", dec: "01/01/2025", rec: "X1")), .header: B3.header("1,F,01/01/2008,WBRI,UN1,,", "2,M,01/01/2008,WBRI,UN1,,", "3,F,01/01/2008,WBRI,UN1,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0), RuleHit(.header, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule607(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", dec: "01/01/2025", rec: "E13"), B3.ep("2", "01/05/2024", ls: "V3", dec: "01/01/2025", rec: "E13")), .header: B3.header("1,F,01/01/2008,WBRI,UN1,0,", "2,F,01/01/2008,WBRI,UN1,,")]).isEmpty)
    }
}

@Suite struct Rule607YearTests {
    @Test func femaleIsCode2Before2024() {
        let tables: [SSDA903TableName: String] = [.episodes: B3.episodes(B3.ep("1", "01/05/2023", dec: "01/01/2024", rec: "E13")),
                                                  .header: B3.header("1,2,01/01/2008,WBRI,UN1,,")]
        #expect(hits(Rule607(), tables, year: CollectionYear(2023)).count == 2)
        #expect(hits(Rule607(), tables, year: CollectionYear(2024)).isEmpty)
    }
}
