import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule547Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule547(), [.oc2: B3.oc2("1,01/01/2021,,,,1,,1,1,0,,", "2,01/01/2021,,,,0,1,1,1,,,", "3,01/01/2021,,,,,,,,,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.oc2, row: 0), RuleHit(.oc2, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule547(), [.oc2: B3.oc2("1,01/01/2021,,,,1,1,1,1,0,,", "2,01/01/2021,,,,,,,,,,")]).isEmpty)
    }
}
