import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule133Tests {
    @Test func flagsUnknownAndBlankCodes() {
        #expect(flagged(Rule133(), [.oc3: csv(.oc3, "1,01/01/2005,YES,F1,X1", "2,01/01/2005,YES,F1,", "3,01/01/2005,YES,F1,Z2")]) == ["OC3:0", "OC3:1"])
    }
    @Test func passesListedCodes() {
        #expect(flagged(Rule133(), [.oc3: csv(.oc3, "1,01/01/2005,YES,F1,B1", "2,01/01/2005,NO,0,0", "3,01/01/2005,YES,F1,S2")]).isEmpty)
    }
}
