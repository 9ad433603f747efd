import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule631Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule631(), [.prevPerm: B3.prevPerm("1,01/01/2015,P4,,", "2,01/01/2015,P9,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.prevPerm, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule631(), [.prevPerm: B3.prevPerm("1,01/01/2015,P1,886,01/01/2020", "2,01/01/2015,,,", "3,01/01/2015,Z1,,")]).isEmpty)
    }
}
