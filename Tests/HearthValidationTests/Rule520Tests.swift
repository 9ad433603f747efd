import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule520Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule520(), [.ad1: B3.ad1("1,,,,,2,MM,L11", "2,,,,,2,FF,L11", "3,,,,,2,MF,L11")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.ad1, row: 0), RuleHit(.ad1, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule520(), [.ad1: B3.ad1("1,,,,,2,MF,L11", "2,,,,,2,FF,L12")]).isEmpty)
    }
}
