import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule153Tests {
    @Test func flagsPartlyCompletedCareLeaverRows() {
        #expect(flagged(Rule153(), [.oc3: csv(.oc3, "1,01/01/2005,YES,,B1", "2,01/01/2005,,F1,")]) == ["OC3:0", "OC3:1"])
    }
    @Test func passesCompleteOrEmptyRows() {
        #expect(flagged(Rule153(), [.oc3: csv(.oc3, "1,01/01/2005,YES,F1,B1", "2,01/01/2005,,,")]).isEmpty)
    }
}
