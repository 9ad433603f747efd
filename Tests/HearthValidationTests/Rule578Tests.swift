import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule578Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule578(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", dec: "01/06/2024", rec: "E13")), .missing: B3.missing("1,01/01/2010,M,01/06/2024,", "1,01/01/2010,M,02/06/2024,", "1,01/01/2010,M,01/04/2024,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.missing, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule578(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", dec: "01/06/2024", rec: "E13"), B3.ep("1", "01/08/2024")), .missing: B3.missing("1,01/01/2010,M,10/08/2024,", "1,01/01/2010,M,10/05/2024,11/05/2024")]).isEmpty)
    }
}
