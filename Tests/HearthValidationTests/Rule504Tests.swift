import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule504Tests {
    @Test func flagsAChangedNeedCodeWithinAPeriodOfCare() {
        let found = hits(Rule504(), [.episodes: B3.episodes(
            B3.ep("1", "01/05/2024", cin: "N1", dec: "01/07/2024", rec: "X1"),
            B3.ep("1", "01/07/2024", rne: "P", cin: "N4"),
            B3.ep("2", "01/05/2024", cin: "N1", dec: "01/07/2024", rec: "X1"),
            B3.ep("2", "01/07/2024", rne: "P", cin: "N1"))])
        #expect(found == [RuleHit(.episodes, row: 1)])
    }

    @Test func passesANewPeriodOfCareWithANewNeedCode() {
        let found = hits(Rule504(), [.episodes: B3.episodes(
            B3.ep("1", "01/05/2024", cin: "N1", dec: "01/07/2024", rec: "E13"),
            B3.ep("1", "01/07/2024", cin: "N4"))])
        #expect(found.isEmpty)
    }
}
