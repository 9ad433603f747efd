import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule635Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule635(), [.prevPerm: B3.prevPerm("1,01/01/2015,Z1,886,", "2,01/01/2015,,,01/01/2020", "3,01/01/2015,P2,886,01/01/2020")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.prevPerm, row: 0), RuleHit(.prevPerm, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule635(), [.prevPerm: B3.prevPerm("1,01/01/2015,Z1,,", "2,01/01/2015,P1,886,01/01/2020")]).isEmpty)
    }
}
