import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule574Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule574(), [.missing: B3.missing("1,01/01/2010,M,01/05/2024,10/05/2024", "1,01/01/2010,M,05/05/2024,12/05/2024", "2,01/01/2010,M,01/06/2024,", "2,01/01/2010,M,01/05/2024,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.missing, row: 1), RuleHit(.missing, row: 2)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule574(), [.missing: B3.missing("1,01/01/2010,M,01/05/2024,10/05/2024", "1,01/01/2010,M,10/05/2024,12/05/2024", "1,01/01/2010,A,20/05/2024,")]).isEmpty)
    }
}
