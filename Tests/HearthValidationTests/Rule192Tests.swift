import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule192Tests {
    @Test func flagsMisuseWithoutReceived() {
        #expect(flagged(Rule192(), [.oc2: csv(.oc2, "1,01/01/2010,10,,0,1,1,1,1,1,,", "2,01/01/2010,10,,0,1,1,1,1,1,1,")]) == ["OC2:0"])
    }
    @Test func passesNoMisuse() {
        #expect(flagged(Rule192(), [.oc2: csv(.oc2, "1,01/01/2010,10,,0,1,1,1,1,0,,")]).isEmpty)
    }
}
