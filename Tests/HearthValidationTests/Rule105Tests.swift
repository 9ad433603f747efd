import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule105Tests {
    @Test func flagsAnXMLUASCFlagThatIsNotZeroOrOne() {
        let header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,UASC\n1,M,01/01/2010,WBRI,UN1,,,1\n2,M,01/01/2010,WBRI,UN1,,,\n3,M,01/01/2010,WBRI,UN1,,,Y\n"
        #expect(flagged(Rule105(), [.header: header]) == ["Header:1", "Header:2"])
    }
    @Test func passesCSVReturnsWhichHaveNoUASCItem() {
        #expect(flagged(Rule105(), [.header: csv(.header, "1,M,01/01/2010,WBRI,UN1,,")]).isEmpty)
    }
}
