import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule158Tests {
    @Test func flagsOfferedWhenReceived() {
        #expect(flagged(Rule158(), [.oc2: csv(.oc2, "1,01/01/2010,10,,0,1,1,1,1,1,1,1", "2,01/01/2010,10,,0,1,1,1,1,1,1,")]) == ["OC2:0"])
    }
    @Test func passesBlankOfferedOrNotReceived() {
        #expect(flagged(Rule158(), [.oc2: csv(.oc2, "1,01/01/2010,10,,0,1,1,1,1,1,0,1", "2,01/01/2010,10,,0,1,1,1,1,1,1,")]).isEmpty)
    }
}
