import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule566Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule566(), [.missing: B3.missing("1,01/01/2010,M,01/05/2024,02/05/2024", "2,01/01/2010,,,02/05/2024")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.missing, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule566(), [.missing: B3.missing("1,01/01/2010,A,01/05/2024,02/05/2024", "2,01/01/2010,,,")]).isEmpty)
    }
}
