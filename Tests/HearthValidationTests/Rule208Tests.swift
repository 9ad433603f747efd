import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule208Tests {
    @Test func flagsAChangedUPN() {
        let now = csv(.header, "1,M,01/01/2010,WBRI,A123456789012,,", "2,M,01/01/2010,WBRI,UN1,,")
        let last = csv(.header, "1,M,01/01/2010,WBRI,B123456789012,,", "2,M,01/01/2010,WBRI,A123456789012,,")
        #expect(flagged(Rule208(), [.header: now], previous: [.header: last]) == ["Header:0", "Header:1"])
    }
    @Test func passesUnknownToKnownAndUN1ToOtherUnknowns() {
        let now = csv(.header, "1,M,01/01/2010,WBRI,A123456789012,,", "2,M,01/01/2010,WBRI,UN3,,", "3,M,01/01/2010,WBRI,a123456789012,,")
        let last = csv(.header, "1,M,01/01/2010,WBRI,UN4,,", "2,M,01/01/2010,WBRI,UN1,,", "3,M,01/01/2010,WBRI,A123456789012,,")
        #expect(flagged(Rule208(), [.header: now], previous: [.header: last]).isEmpty)
    }
}
