import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule215Tests {
    @Test func flagsBothRowsWhenACareLeaverHasOC2Items() {
        #expect(flagged(Rule215(), [.oc3: csv(.oc3, "1,01/01/2005,YES,F1,B1"), .oc2: csv(.oc2, "2,01/01/2014,,,,,1,,,,,", "1,01/01/2005,,,0,,,,,,,")]) == ["OC2:1", "OC3:0"])
    }
    @Test func passesACareLeaverWithEmptyOC2() {
        #expect(flagged(Rule215(), [.oc3: csv(.oc3, "1,01/01/2005,YES,F1,B1"), .oc2: csv(.oc2, "1,01/01/2005,,,,,,,,,,")]).isEmpty)
    }
}
