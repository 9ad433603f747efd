import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule511Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule511(), [.ad1: B3.ad1("1,,,,,2,MF,L11", "2,,,,,2,M1,L0", "3,,,,,2,,L2", "4,,,,,1,M1,L0")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.ad1, row: 1), RuleHit(.ad1, row: 2)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule511(), [.ad1: B3.ad1("1,,,,,2,MM,L4", "2,,,,,2,FF,L4", "3,,,,,1,F1,L0")]).isEmpty)
    }
}
