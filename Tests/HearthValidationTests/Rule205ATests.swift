import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule205ATests {
    @Test func flagsAChildNoLongerUASCWhoseCeasedDateDoesNotFitLastYear() {
        // Child 1 has a UASC row but no Header row this year (so is not UASC this year); last year it was UASC.
        let now: [SSDA903TableName: String] = [.header: csv(.header, "2,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc, "1,M,01/01/2007,01/01/2025")]
        let last: [SSDA903TableName: String] = [.header: csv(.header, "1,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc, "1,M,01/01/2007,")]
        #expect(flagged(Rule205A(), now, previous: last) == ["UASC:0"])
    }
    @Test func passesAChildStillUASC() {
        let now: [SSDA903TableName: String] = [.header: csv(.header, "1,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc, "1,M,01/01/2007,01/01/2025")]
        let last: [SSDA903TableName: String] = [.header: csv(.header, "1,M,01/01/2007,WBRI,UN2,,"), .uasc: csv(.uasc, "1,M,01/01/2007,01/01/2025")]
        #expect(flagged(Rule205A(), now, previous: last).isEmpty)
    }
}
