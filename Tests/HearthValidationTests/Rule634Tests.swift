import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule634Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule634(), [.episodes: B3.episodes(B3.ep("1", "01/05/2023", dec: "01/06/2023", rec: "X1"), B3.ep("1", "01/06/2023", rne: "P"), B3.ep("2", "01/05/2024")), .prevPerm: B3.prevPerm("1,01/01/2015,Z1,,", "2,01/01/2015,Z1,,")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.episodes, row: 0), RuleHit(.episodes, row: 1), RuleHit(.prevPerm, row: 0)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule634(), [.episodes: B3.episodes(B3.ep("1", "01/05/2023"), B3.ep("2", "01/05/2024")), .prevPerm: B3.prevPerm("1,01/01/2015,,,", "2,01/01/2015,Z1,,")]).isEmpty)
    }
}
