import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule632Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule632(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024"), B3.ep("2", "01/05/2024")), .prevPerm: B3.prevPerm("1,01/01/2015,P2,886,ZZ/05/2024", "2,01/01/2015,P2,886,31/02/2020")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0), RuleHit(.episodes, row: 1), RuleHit(.prevPerm, row: 0), RuleHit(.prevPerm, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule632(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024"), B3.ep("2", "01/05/2024")), .prevPerm: B3.prevPerm("1,01/01/2015,P2,886,ZZ/04/2024", "2,01/01/2015,P2,886,ZZ/ZZ/2020")]).isEmpty)
    }
}
