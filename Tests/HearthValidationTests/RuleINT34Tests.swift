import Testing
@testable import HearthValidation

@Suite struct RuleINT34Tests {
    @Test func flagsEveryRowOfARepeatedChild() {
        #expect(hits(RuleINT34(), [.oc3: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\nA,01/01/2015\n"]).flaggedRowKeys == ["OC3:0", "OC3:2"])
    }
    @Test func passesOneRowPerChild() {
        #expect(hits(RuleINT34(), [.oc3: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\n"]).isEmpty)
    }
}
