import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule209Tests {
    @Test func flagsUN1ForASchoolAgeChild() {
        #expect(flagged(Rule209(), [.header: csv(.header, "1,M,31/08/2019,WBRI,UN1,,", "2,M,01/01/2010,WBRI,UN2,,")]) == ["Header:0"])
    }
    @Test func passesUN1ForAYoungerChild() {
        #expect(flagged(Rule209(), [.header: csv(.header, "1,M,01/09/2019,WBRI,UN1,,")]).isEmpty)
    }
}
