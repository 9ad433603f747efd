import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule171Tests {
    @Test func flagsANonDate() {
        #expect(flagged(Rule171(), [.header: csv(.header, "1,F,01/01/2006,WBRI,UN2,1,2024-01-01", "2,F,01/01/2006,WBRI,UN2,1,01/01/2024")]) == ["Header:0"])
    }
    @Test func passesBlankOrValid() {
        #expect(flagged(Rule171(), [.header: csv(.header, "1,F,01/01/2006,WBRI,UN2,0,", "2,F,01/01/2006,WBRI,UN2,1,01/01/2024")]).isEmpty)
    }
}
