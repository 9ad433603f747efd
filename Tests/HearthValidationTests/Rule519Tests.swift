import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule519Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule519(), [.ad1: B3.ad1("1,,,,,2,MF,L2", "2,,,,,2,M1,L2", "3,,,,,1,M1,L0")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.ad1, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule519(), [.ad1: B3.ad1("1,,,,,2,MM,L2", "2,,,,,2,FF,L2", "3,,,,,2,MF,L2")]).isEmpty)
    }
}
