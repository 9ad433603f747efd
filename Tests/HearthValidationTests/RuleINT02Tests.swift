import Testing
@testable import HearthValidation

@Suite struct RuleINT02Tests {
    let header = "CHILD,SEX,DOB\nA,F,01/01/2015\n"
    @Test func flagsARowForAChildWithoutAHeader() {
        #expect(hits(RuleINT02(), [.header: header, .placedAdoption: "CHILD,DOB\nA,01/01/2015\nZ,01/01/2015\n"]).flaggedRowKeys == ["PlacedAdoption:1"])
    }
    @Test func passesRowsOfKnownChildren() {
        #expect(hits(RuleINT02(), [.header: header, .placedAdoption: "CHILD,DOB\nA,01/01/2015\n"]).isEmpty)
    }
}
