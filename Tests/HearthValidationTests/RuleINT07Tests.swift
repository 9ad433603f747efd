import Testing
@testable import HearthValidation

@Suite struct RuleINT07Tests {
    let header = "CHILD,SEX,DOB\nA,F,01/01/2015\n"
    @Test func flagsARowForAChildWithoutAHeader() {
        #expect(hits(RuleINT07(), [.header: header, .prevPerm: "CHILD,DOB\nA,01/01/2015\nZ,01/01/2015\n"]).flaggedRowKeys == ["PrevPerm:1"])
    }
    @Test func passesRowsOfKnownChildren() {
        #expect(hits(RuleINT07(), [.header: header, .prevPerm: "CHILD,DOB\nA,01/01/2015\n"]).isEmpty)
    }
}
