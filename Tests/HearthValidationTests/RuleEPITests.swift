import Testing
@testable import HearthValidation

@Suite struct RuleEPITests {
    let header = "CHILD,SEX,DOB\nA,F,01/01/2015\nB,M,01/01/2005\nC,M,01/01/2015\n"
    @Test func flagsAChildWithNeitherEpisodesNorCareLeaverRow() {
        #expect(hits(RuleEPI(), [.header: header, .episodes: "CHILD,DECOM\nA,01/05/2024\n", .oc3: "CHILD,IN_TOUCH\nB,YES\n"]).flaggedRowKeys == ["Header:2"])
    }
    @Test func passesChildrenWithEpisodesOrCareLeaverRows() {
        #expect(hits(RuleEPI(), [.header: "CHILD,SEX,DOB\nA,F,01/01/2015\nB,M,01/01/2005\n", .episodes: "CHILD,DECOM\nA,01/05/2024\n", .oc3: "CHILD,IN_TOUCH\nB,YES\n"]).isEmpty)
    }
}
