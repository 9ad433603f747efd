import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule570Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule570(), [.missing: B3.missing("1,01/01/2010,M,31/03/2025,", "2,01/01/2010,M,01/04/2025,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.missing, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule570(), [.missing: B3.missing("1,01/01/2010,M,01/04/2024,", "2,01/01/2010,M,01/02/2024,02/04/2024")]).isEmpty)
    }
}
