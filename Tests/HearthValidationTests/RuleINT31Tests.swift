import Testing
@testable import HearthValidation

@Suite struct RuleINT31Tests {
    @Test func flagsEveryRowOfARepeatedChild() {
        #expect(hits(RuleINT31(), [.ad1: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\nA,01/01/2015\n"]).flaggedRowKeys == ["AD1:0", "AD1:2"])
    }
    @Test func passesOneRowPerChild() {
        #expect(hits(RuleINT31(), [.ad1: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\n"]).isEmpty)
    }
}
