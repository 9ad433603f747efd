import Testing
@testable import HearthValidation

@Suite struct RuleINT36Tests {
    @Test func flagsEveryRowOfARepeatedChild() {
        #expect(hits(RuleINT36(), [.uasc: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\nA,01/01/2015\n"]).flaggedRowKeys == ["UASC:0", "UASC:2"])
    }
    @Test func passesOneRowPerChild() {
        #expect(hits(RuleINT36(), [.uasc: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\n"]).isEmpty)
    }
}
