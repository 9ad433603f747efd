import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule630Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule630(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024"), B3.ep("2", "01/05/2024"), B3.ep("3", "01/05/2024"), B3.ep("4", "01/05/2024")), .prevPerm: B3.prevPerm("2,01/01/2015,,,", "3,01/01/2015,P2,,01/01/2020", "4,01/01/2015,P2,886,01/01/2020")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0), RuleHit(.episodes, row: 1), RuleHit(.episodes, row: 2)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule630(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024"), B3.ep("2", "01/03/2024"), B3.ep("3", "01/05/2024", rne: "P")), .prevPerm: B3.prevPerm("1,01/01/2015,Z1,,")]).isEmpty)
    }
}
