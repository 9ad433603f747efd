import Testing
@testable import HearthValidation

@Suite struct RuleINT01Tests {
    let header = "CHILD,SEX,DOB\nA,F,01/01/2015\n"
    @Test func flagsARowForAChildWithoutAHeader() {
        #expect(hits(RuleINT01(), [.header: header, .ad1: "CHILD,DOB\nA,01/01/2015\nZ,01/01/2015\n"]).flaggedRowKeys == ["AD1:1"])
    }
    @Test func passesRowsOfKnownChildren() {
        #expect(hits(RuleINT01(), [.header: header, .ad1: "CHILD,DOB\nA,01/01/2015\n"]).isEmpty)
    }
}
