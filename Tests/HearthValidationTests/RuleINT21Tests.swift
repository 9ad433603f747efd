import Testing
@testable import HearthValidation

@Suite struct RuleINT21Tests {
    let header = "CHILD,SEX,DOB\nA,F,01/01/2008\nB,M,01/01/2008\n"
    @Test func flagsADifferentSex() {
        #expect(hits(RuleINT21(), [.header: header, .uasc: "CHILD,SEX,DOB,DUC\nA,F,01/01/2008,\nB,F,01/01/2008,\nB,,01/01/2008,\nZ,M,01/01/2008,\n"]).flaggedRowKeys == ["UASC:1"])
    }
    @Test func passesTheSameSex() {
        #expect(hits(RuleINT21(), [.header: header, .uasc: "CHILD,SEX,DOB,DUC\nA,F,01/01/2008,\nB,M,01/01/2008,\n"]).isEmpty)
    }
}
