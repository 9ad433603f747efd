import Testing
@testable import HearthValidation

@Suite struct RuleINT09Tests {
    let header = "CHILD,SEX,DOB\nA,F,01/01/2015\n"
    @Test func flagsARowForAChildWithoutAHeader() {
        #expect(hits(RuleINT09(), [.header: header, .uasc: "CHILD,DOB\nA,01/01/2015\nZ,01/01/2015\n"]).flaggedRowKeys == ["UASC:1"])
    }
    @Test func passesRowsOfKnownChildren() {
        #expect(hits(RuleINT09(), [.header: header, .uasc: "CHILD,DOB\nA,01/01/2015\n"]).isEmpty)
    }
}
