import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule204Tests {
    @Test func flagsAChangedEthnicity() {
        #expect(flagged(Rule204(), [.header: csv(.header, "1,M,01/01/2010,WIRI,UN2,,")], previous: [.header: csv(.header, "1,M,01/01/2010,WBRI,UN2,,")]) == ["Header:0"])
    }
    @Test func passesTheSameEthnicity() {
        #expect(flagged(Rule204(), [.header: csv(.header, "1,M,01/01/2010,WBRI,UN2,,")], previous: [.header: csv(.header, "1,M,01/01/2010,wbri,UN2,,")]).isEmpty)
    }
}
