import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule202Tests {
    @Test func flagsAChangedSex() {
        let now = csv(.header, "1,F,01/01/2010,WBRI,UN2,0,", "2,M,01/01/2010,WBRI,UN2,,")
        #expect(flagged(Rule202(), [.header: now], previous: [.header: csv(.header, "1,M,01/01/2010,WBRI,UN2,,", "2,M,01/01/2010,WBRI,UN2,,")]) == ["Header:0"])
    }
    @Test func passesTheSameSexAcrossTheCodeChangeAndNeedsLastYear() {
        let now = csv(.header, "1,M,01/01/2010,WBRI,UN2,,", "2,F,01/01/2010,WBRI,UN2,0,", "3,U,01/01/2010,WBRI,UN2,,")
        #expect(flagged(Rule202(), [.header: now], previous: [.header: csv(.header, "1,1,01/01/2010,WBRI,UN2,,", "2,2,01/01/2010,WBRI,UN2,0,")]).isEmpty)
        #expect(Rule202().needs == [.previousReturn])
    }
}
