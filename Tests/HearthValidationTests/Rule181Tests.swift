import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule181Tests {
    @Test func flagsValuesOtherThanZeroOrOne() {
        #expect(flagged(Rule181(), [.oc2: csv(.oc2, "1,01/01/2010,10,,2,1,1,1,1,0,,", "2,01/01/2010,10,,0,1,1,1,1,0,,Y", "3,01/01/2010,10,,0,1,1,1,1,0,,")]) == ["OC2:0", "OC2:1"])
    }
    @Test func passesZeroOneAndBlank() {
        #expect(flagged(Rule181(), [.oc2: csv(.oc2, "1,01/01/2010,10,,0,1,0,1,1,1,0,1", "2,01/01/2010,,,,,,,,,,")]).isEmpty)
    }
}
