import Testing
@testable import HearthValidation

@Suite struct RuleINT04Tests {
    let header = "CHILD,SEX,DOB\nA,F,01/01/2015\n"
    @Test func flagsARowForAChildWithoutAHeader() {
        #expect(hits(RuleINT04(), [.header: header, .missing: "CHILD,DOB\nA,01/01/2015\nZ,01/01/2015\n"]).flaggedRowKeys == ["Missing:1"])
    }
    @Test func passesRowsOfKnownChildren() {
        #expect(hits(RuleINT04(), [.header: header, .missing: "CHILD,DOB\nA,01/01/2015\n"]).isEmpty)
    }
}
