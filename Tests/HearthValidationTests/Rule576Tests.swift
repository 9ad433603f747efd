import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule576Tests {
    let last: [SSDA903TableName: String] = [.missing: B3.missing("1,01/01/2010,M,01/03/2024,", "2,01/01/2010,M,01/03/2024,")]

    @Test func flagsTheBreakingRows() {
        let found = hits(Rule576(), [.missing: B3.missing("1,01/01/2010,M,01/03/2025,", "1,01/01/2010,M,02/03/2024,03/04/2024", "2,01/01/2010,M,01/03/2024,05/04/2024")], previous: last)
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.missing, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule576(), [.missing: B3.missing("1,01/01/2010,M,01/03/2024,03/04/2024", "2,01/01/2010,M,01/03/2024,05/04/2024", "3,01/01/2010,M,01/05/2024,")], previous: last).isEmpty)
    }

    @Test func needsLastYearsReturn() {
        #expect(Rule576().needs == [.previousReturn])
    }
}
