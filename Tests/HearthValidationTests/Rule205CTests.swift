import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule205CTests {
    @Test func flagsACeasedDateForAChildNeverUASC() {
        // Child 1 is in neither Header, so UASC in neither year, yet has a ceased date.
        let now: [SSDA903TableName: String] = [.header: csv(.header, "2,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc, "1,M,01/01/2007,01/01/2025")]
        let last: [SSDA903TableName: String] = [.header: csv(.header, "2,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc)]
        #expect(flagged(Rule205C(), now, previous: last) == ["UASC:0"])
    }
    @Test func passesAUASCChild() {
        let now: [SSDA903TableName: String] = [.header: csv(.header, "1,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc, "1,M,01/01/2007,01/01/2025")]
        #expect(flagged(Rule205C(), now, previous: [.header: csv(.header), .uasc: csv(.uasc)]).isEmpty)
    }
}
