import Testing
@testable import HearthValidation

@Suite struct RuleINT15Tests {
    let header = "CHILD,SEX,DOB\nA,F,01/01/2015\nB,M,01/01/2015\n"
    @Test func flagsADifferentDateOfBirth() {
        #expect(hits(RuleINT15(), [.header: header, .oc3: "CHILD,DOB\nA,01/01/2015\nB,02/01/2015\nB,\nZ,05/05/2015\n"]).flaggedRowKeys == ["OC3:1"])
    }
    @Test func passesMatchingDates() {
        #expect(hits(RuleINT15(), [.header: header, .oc3: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\n"]).isEmpty)
    }
}
