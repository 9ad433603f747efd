import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule159Tests {
    @Test func flagsMissingOfferedWhenNotReceived() {
        #expect(flagged(Rule159(), [.oc2: csv(.oc2, "1,01/01/2010,10,,0,1,1,1,1,1,0,", "2,01/01/2010,10,,0,1,1,1,1,1,0,0")]) == ["OC2:0"])
    }
    @Test func passesWhenNoMisuseOrReceived() {
        #expect(flagged(Rule159(), [.oc2: csv(.oc2, "1,01/01/2010,10,,0,1,1,1,1,0,,", "2,01/01/2010,10,,0,1,1,1,1,1,1,")]).isEmpty)
    }
}
