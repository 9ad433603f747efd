import Testing
@testable import HearthValidation

@Suite struct RuleINT32Tests {
    @Test func flagsEveryRowOfARepeatedChild() {
        #expect(hits(RuleINT32(), [.header: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\nA,01/01/2015\n"]).flaggedRowKeys == ["Header:0", "Header:2"])
    }
    @Test func passesOneRowPerChild() {
        #expect(hits(RuleINT32(), [.header: "CHILD,DOB\nA,01/01/2015\nB,01/01/2015\n"]).isEmpty)
    }
}
