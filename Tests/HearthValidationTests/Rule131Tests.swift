import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule131Tests {
    @Test func flagsUnknownAndBlankCodes() {
        #expect(flagged(Rule131(), [.oc3: csv(.oc3, "1,01/01/2005,YES,F1,B1", "2,01/01/2005,MAYBE,F1,B1", "3,01/01/2005,,,")]) == ["OC3:1", "OC3:2"])
    }
    @Test func passesEveryListedCode() {
        #expect(flagged(Rule131(), [.oc3: csv(.oc3, "1,01/01/2005,YES,F1,B1", "2,01/01/2005,NO,0,0", "3,01/01/2005,DIED,0,0", "4,01/01/2005,REFU,0,0", "5,01/01/2005,NREQ,0,0", "6,01/01/2005,RHOM,0,0")]).isEmpty)
    }
}
