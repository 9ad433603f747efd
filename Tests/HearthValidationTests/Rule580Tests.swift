import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule580Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule580(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", dec: "01/01/2025", rec: "E13"), B3.ep("2", "01/05/2024", dec: "01/01/2025", rec: "E8")), .missing: B3.missing("1,01/01/2007,M,20/12/2024,01/01/2025", "2,01/01/2007,M,20/12/2024,01/01/2025")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule580(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", dec: "02/01/2025", rec: "E13")), .missing: B3.missing("1,01/01/2007,M,20/12/2024,01/01/2025")]).isEmpty)
    }
}
