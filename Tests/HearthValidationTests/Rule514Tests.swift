import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule514Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule514(), [.ad1: B3.ad1("1,,,,,1,M1,L0", "2,,,,,1,MF,L0", "3,,,,,2,MF,L11")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.ad1, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule514(), [.ad1: B3.ad1("1,,,,,1,F1,L0", "2,,,,,2,MM,L12")]).isEmpty)
    }
}
