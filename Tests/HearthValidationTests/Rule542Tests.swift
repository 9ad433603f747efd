import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule542Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule542(), [.oc2: B3.oc2("1,01/04/2015,,,0,,1,1,1,0,,", "2,31/03/2015,,,0,,1,1,1,0,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.oc2, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule542(), [.oc2: B3.oc2("1,01/04/2015,,,,,1,1,1,0,,", "2,31/03/2015,,,1,,1,1,1,0,,")]).isEmpty)
    }
}
