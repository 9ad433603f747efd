import Testing
@testable import HearthValidation

@Suite struct Rule1004Tests {
    @Test func flagsABlankOrInvalidStart() {
        let found = hits(Rule1004(), [.missing: "CHILD,MISSING,MIS_START,MIS_END\nA,M,01/05/2024,\nB,M,,\nC,A,31/02/2024,\nD,A,2024-05-01,\n"])
        #expect(found.flaggedRowKeys == ["Missing:1", "Missing:2", "Missing:3"])
    }
    @Test func passesValidStarts() {
        #expect(hits(Rule1004(), [.missing: "CHILD,MISSING,MIS_START,MIS_END\nA,M,01/05/2024,\n"]).isEmpty)
    }
}
