import Testing
@testable import HearthValidation

@Suite struct RuleINT08Tests {
    let header = "CHILD,SEX,DOB\nA,F,01/01/2015\n"
    @Test func flagsARowForAChildWithoutAHeader() {
        #expect(hits(RuleINT08(), [.header: header, .reviews: "CHILD,DOB\nA,01/01/2015\nZ,01/01/2015\n"]).flaggedRowKeys == ["Reviews:1"])
    }
    @Test func passesRowsOfKnownChildren() {
        #expect(hits(RuleINT08(), [.header: header, .reviews: "CHILD,DOB\nA,01/01/2015\n"]).isEmpty)
    }
}
