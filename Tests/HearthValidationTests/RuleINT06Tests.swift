import Testing
@testable import HearthValidation

@Suite struct RuleINT06Tests {
    let header = "CHILD,SEX,DOB\nA,F,01/01/2015\n"
    @Test func flagsARowForAChildWithoutAHeader() {
        #expect(hits(RuleINT06(), [.header: header, .oc3: "CHILD,DOB\nA,01/01/2015\nZ,01/01/2015\n"]).flaggedRowKeys == ["OC3:1"])
    }
    @Test func passesRowsOfKnownChildren() {
        #expect(hits(RuleINT06(), [.header: header, .oc3: "CHILD,DOB\nA,01/01/2015\n"]).isEmpty)
    }
}
