import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule518Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule518(), [.ad1: B3.ad1("1,,,,,2,MF,L4", "2,,,,,2,FF,L4", "3,,,,,2,MF,L3")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.ad1, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule518(), [.ad1: B3.ad1("1,,,,,2,MM,L4", "2,,,,,2,FF,L4")]).isEmpty)
    }
}
