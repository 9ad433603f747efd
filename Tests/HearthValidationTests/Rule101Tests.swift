import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule101Tests {
    @Test func flagsCodesNotOnTheYearsList() {
        #expect(flagged(Rule101(), [.header: csv(.header, "1,M,01/01/2010,WBRI,UN1,,", "2,1,01/01/2010,WBRI,UN1,,", "3,X,01/01/2010,WBRI,UN1,,", "4,,01/01/2010,WBRI,UN1,,")]) == ["Header:1", "Header:2", "Header:3"])
    }
    @Test func passesMFUIn2024AndOneTwoIn2023() {
        #expect(flagged(Rule101(), [.header: csv(.header, "1,M,01/01/2010,WBRI,UN1,,", "2,F,01/01/2010,WBRI,UN1,,", "3,U,01/01/2010,WBRI,UN1,,")]).isEmpty)
        #expect(flagged(Rule101(), [.header: csv(.header, "1,1,01/01/2010,WBRI,UN1,,", "2,2,01/01/2010,WBRI,UN1,,")], year: CollectionYear(2023)).isEmpty)
    }
}
