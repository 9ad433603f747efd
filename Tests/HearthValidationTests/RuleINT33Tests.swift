import Testing
@testable import HearthValidation

@Suite struct RuleINT33Tests {
    @Test func flagsEveryRowOfARepeatedChild() {
        #expect(hits(RuleINT33(), [.oc2: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\nA,01/01/2015\n"]).flaggedRowKeys == ["OC2:0", "OC2:2"])
    }
    @Test func passesOneRowPerChild() {
        #expect(hits(RuleINT33(), [.oc2: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\n"]).isEmpty)
    }
}
