import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule517Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule517(), [.ad1: B3.ad1("1,,,,,2,MM,L3", "2,,,,,2,MF,L3", "3,,,,,2,MM,L4")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.ad1, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule517(), [.ad1: B3.ad1("1,,,,,2,MF,L3")]).isEmpty)
    }
}
