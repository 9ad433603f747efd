import Testing
@testable import HearthValidation

@Suite struct RuleINT05Tests {
    let header = "CHILD,SEX,DOB\nA,F,01/01/2015\n"
    @Test func flagsARowForAChildWithoutAHeader() {
        #expect(hits(RuleINT05(), [.header: header, .oc2: "CHILD,DOB\nA,01/01/2015\nZ,01/01/2015\n"]).flaggedRowKeys == ["OC2:1"])
    }
    @Test func passesRowsOfKnownChildren() {
        #expect(hits(RuleINT05(), [.header: header, .oc2: "CHILD,DOB\nA,01/01/2015\n"]).isEmpty)
    }
}
