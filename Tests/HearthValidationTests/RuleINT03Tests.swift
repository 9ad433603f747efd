import Testing
@testable import HearthValidation

@Suite struct RuleINT03Tests {
    let header = "CHILD,SEX,DOB\nA,F,01/01/2015\n"
    @Test func flagsARowForAChildWithoutAHeader() {
        #expect(hits(RuleINT03(), [.header: header, .episodes: "CHILD,DOB\nA,01/01/2015\nZ,01/01/2015\n"]).flaggedRowKeys == ["Episodes:1"])
    }
    @Test func passesRowsOfKnownChildren() {
        #expect(hits(RuleINT03(), [.header: header, .episodes: "CHILD,DOB\nA,01/01/2015\n"]).isEmpty)
    }
}
