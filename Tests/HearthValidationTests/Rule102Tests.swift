import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule102Tests {
    @Test func flagsBlankAndImpossibleDates() {
        #expect(flagged(Rule102(), [.header: csv(.header, "1,M,01/01/2010,WBRI,UN1,,", "2,M,31/02/2010,WBRI,UN1,,", "3,M,,WBRI,UN1,,", "4,M,2010-01-01,WBRI,UN1,,")]) == ["Header:1", "Header:2", "Header:3"])
    }
    @Test func passesRealDates() {
        #expect(flagged(Rule102(), [.header: csv(.header, "1,M,29/02/2012,WBRI,UN1,,")]).isEmpty)
    }
}
