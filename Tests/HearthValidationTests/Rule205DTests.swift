import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule205DTests {
    @Test func flagsAChildUASCNowButNotLastYear() {
        let now: [SSDA903TableName: String] = [.header: csv(.header, "1,M,01/01/2007,WBRI,UN2,,", "2,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc, "1,M,01/01/2007,", "2,M,01/01/2007,")]
        let last: [SSDA903TableName: String] = [.header: csv(.header, "1,M,01/01/2007,WBRI,UN2,,", "2,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc, "2,M,01/01/2007,")]
        #expect(flagged(Rule205D(), now, previous: last) == ["Header:0"])
    }
    @Test func passesWhenLastYearSaysNothingAboutUASC() {
        let now: [SSDA903TableName: String] = [.header: csv(.header, "1,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc, "1,M,01/01/2007,")]
        #expect(flagged(Rule205D(), now, previous: [.header: csv(.header, "1,M,01/01/2007,WBRI,UN2,,")]).isEmpty)
    }
}
