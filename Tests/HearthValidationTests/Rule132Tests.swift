import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule132Tests {
    @Test func flagsUnknownAndBlankCodes() {
        #expect(flagged(Rule132(), [.oc3: csv(.oc3, "1,01/01/2005,YES,F3,B1", "2,01/01/2005,YES,,B1", "3,01/01/2005,YES,G6,B1")]) == ["OC3:0", "OC3:1"])
    }
    @Test func passesListedCodes() {
        #expect(flagged(Rule132(), [.oc3: csv(.oc3, "1,01/01/2005,YES,F1,B1", "2,01/01/2005,NO,0,0", "3,01/01/2005,YES,G5,B1")]).isEmpty)
    }
}
