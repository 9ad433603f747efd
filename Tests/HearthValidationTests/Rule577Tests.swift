import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule577Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule577(), [.episodes: B3.episodes(B3.ep("1", "01/04/2024", dec: "01/06/2024", rec: "E13"), B3.ep("2", "01/04/2024")), .missing: B3.missing("1,01/01/2010,M,01/05/2024,", "2,01/01/2010,M,01/05/2024,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.missing, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule577(), [.episodes: B3.episodes(B3.ep("1", "01/04/2024", dec: "01/06/2024", rec: "E13")), .missing: B3.missing("1,01/01/2010,M,01/05/2024,05/05/2024")]).isEmpty)
    }
}
