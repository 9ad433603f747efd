import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule546Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule546(), [.episodes: B3.episodes(B3.ep("1", "01/01/2020"), B3.ep("2", "01/01/2020"), B3.ep("3", "01/06/2024")), .oc2: B3.oc2("1,31/03/2020,,,,1,1,1,1,0,,", "2,01/04/2020,,,,1,1,1,1,0,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.oc2, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule546(), [.episodes: B3.episodes(B3.ep("1", "01/01/2020"), B3.ep("2", "01/01/2020"), B3.ep("3", "01/06/2024")), .oc2: B3.oc2("1,31/03/2020,,,,,1,1,1,0,,", "3,01/01/2015,,,,1,1,1,1,0,,")]).isEmpty)
    }
}
