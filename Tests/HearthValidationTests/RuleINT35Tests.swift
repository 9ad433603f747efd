import Testing
@testable import HearthValidation

@Suite struct RuleINT35Tests {
    @Test func flagsEveryRowOfARepeatedChild() {
        #expect(hits(RuleINT35(), [.prevPerm: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\nA,01/01/2015\n"]).flaggedRowKeys == ["PrevPerm:0", "PrevPerm:2"])
    }
    @Test func passesOneRowPerChild() {
        #expect(hits(RuleINT35(), [.prevPerm: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\n"]).isEmpty)
    }
}
