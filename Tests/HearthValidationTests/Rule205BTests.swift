import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule205BTests {
    @Test func flagsCeasedDatesThatAreNotTheEighteenthBirthday() {
        let now: [SSDA903TableName: String] = [.header: csv(.header, "1,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc, "1,M,01/01/2007,01/06/2023")]
        let last: [SSDA903TableName: String] = [.header: csv(.header, "1,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc, "1,M,01/01/2007,01/06/2023")]
        #expect(flagged(Rule205B(), now, previous: last) == ["Header:0", "UASC:0"])
    }
    @Test func passesTheEighteenthBirthdayRepeated() {
        let now: [SSDA903TableName: String] = [.header: csv(.header, "1,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc, "1,M,01/01/2007,01/01/2025")]
        let last: [SSDA903TableName: String] = [.header: csv(.header, "1,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc, "1,M,01/01/2007,01/01/2025")]
        #expect(flagged(Rule205B(), now, previous: last).isEmpty)
    }
}
