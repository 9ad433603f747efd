import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule575Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule575(), [.episodes: B3.episodes(B3.ep("1", "01/04/2024", dec: "01/06/2024", rec: "X1"), B3.ep("1", "01/06/2024", rne: "P")), .missing: B3.missing("1,01/01/2010,M,01/05/2024,", "1,01/01/2010,M,01/07/2024,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.missing, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule575(), [.episodes: B3.episodes(B3.ep("1", "01/04/2024", dec: "01/06/2024", rec: "X1"), B3.ep("1", "01/06/2024", rne: "P")), .missing: B3.missing("1,01/01/2010,M,01/05/2024,03/05/2024", "1,01/01/2010,M,01/07/2024,")]).isEmpty)
    }
}
