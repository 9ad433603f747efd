import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule601Tests {
    @Test func flagsTheBreakingRows() {
        let found = hits(Rule601(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "A3", dec: "01/01/2025", rec: "E11"), B3.ep("2", "01/05/2024", place: "A3", dec: "01/01/2025", rec: "E12"), B3.ep("3", "01/05/2024", place: "A3", dec: "01/01/2025", rec: "E11")), .ad1: B3.ad1("1,01/01/2015,01/04/2024,,1,1,M1,L0", "2,01/01/2015,01/04/2024,01/06/2024,1,1,M1,L0")])
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.ad1, row: 0), RuleHit(.episodes, row: 0), RuleHit(.episodes, row: 2)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(Rule601(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", place: "A3", dec: "01/01/2025", rec: "E11"), B3.ep("2", "01/05/2024", place: "A3", dec: "01/01/2025", rec: "E12"), B3.ep("3", "01/05/2024", place: "A3", dec: "01/01/2025", rec: "E11")), .ad1: B3.ad1("1,01/01/2015,01/04/2024,01/06/2024,1,1,M1,L0", "2,01/01/2015,01/04/2024,01/06/2024,1,1,M1,L0", "3,01/01/2015,01/04/2024,01/06/2024,0,2,MF,L11")]).isEmpty)
    }
}
