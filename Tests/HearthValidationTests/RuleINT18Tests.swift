import Testing
@testable import HearthValidation

@Suite struct RuleINT18Tests {
    let header = "CHILD,SEX,DOB\nA,F,01/01/2015\nB,M,01/01/2015\n"
    @Test func flagsADifferentDateOfBirth() {
        #expect(hits(RuleINT18(), [.header: header, .uasc: "CHILD,DOB\nA,01/01/2015\nB,02/01/2015\nB,\nZ,05/05/2015\n"]).flaggedRowKeys == ["UASC:1"])
    }
    @Test func passesMatchingDates() {
        #expect(hits(RuleINT18(), [.header: header, .uasc: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\n"]).isEmpty)
    }
}
