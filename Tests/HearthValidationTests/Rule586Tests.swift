import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule586Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule586(), [.missing: B3.missing("1,01/01/2010,M,31/12/2009,", "2,01/01/2010,M,02/01/2010,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.missing, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule586(), [.missing: B3.missing("1,01/01/2010,M,01/05/2024,", "2,01/01/2010,M,,")]).isEmpty)
    }
}
