import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule203Tests {
    @Test func flagsAChangedBirthDate() {
        #expect(flagged(Rule203(), [.header: csv(.header, "1,M,02/01/2010,WBRI,UN2,,")], previous: [.header: csv(.header, "1,M,01/01/2010,WBRI,UN2,,")]) == ["Header:0"])
    }
    @Test func passesTheSameDateAndNewChildren() {
        #expect(flagged(Rule203(), [.header: csv(.header, "1,M,01/01/2010,WBRI,UN2,,", "2,M,01/01/2012,WBRI,UN2,,")], previous: [.header: csv(.header, "1,M,01/01/2010,WBRI,UN2,,")]).isEmpty)
    }
}
