import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule193Tests {
    @Test func flagsInterventionsWithoutMisuse() {
        #expect(flagged(Rule193(), [.oc2: csv(.oc2, "1,01/01/2010,10,,0,1,1,1,1,0,1,", "2,01/01/2010,10,,0,1,1,1,1,,,0")]) == ["OC2:0", "OC2:1"])
    }
    @Test func passesInterventionsWithMisuse() {
        #expect(flagged(Rule193(), [.oc2: csv(.oc2, "1,01/01/2010,10,,0,1,1,1,1,1,0,1", "2,01/01/2010,10,,0,1,1,1,1,0,,")]).isEmpty)
    }
}
