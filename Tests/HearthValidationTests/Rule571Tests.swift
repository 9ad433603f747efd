import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule571Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule571(), [.missing: B3.missing("1,01/01/2010,M,01/03/2024,31/03/2024", "2,01/01/2010,M,01/03/2024,01/04/2024", "3,01/01/2010,M,01/03/2025,01/04/2025")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.missing, row: 0), RuleHit(.missing, row: 2)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule571(), [.missing: B3.missing("1,01/01/2010,M,01/03/2025,31/03/2025", "2,01/01/2010,M,01/03/2025,")]).isEmpty)
    }
}
