import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule544Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule544(), [.oc2: B3.oc2("1,01/01/2010,,,1,,,1,1,0,,", "2,01/01/2010,,,0,,1,1,1,,,", "3,01/01/2010,,,,,,,,,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.oc2, row: 0), RuleHit(.oc2, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule544(), [.oc2: B3.oc2("1,01/01/2010,,,1,,1,1,1,0,,", "2,01/01/2010,,,,,,,,,,")]).isEmpty)
    }
}
