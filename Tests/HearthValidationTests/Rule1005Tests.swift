import Testing
@testable import HearthValidation

@Suite struct Rule1005Tests {
    @Test func flagsAnInvalidEnd() {
        let found = hits(Rule1005(), [.missing: "CHILD,MISSING,MIS_START,MIS_END\nA,M,01/05/2024,\nB,M,01/05/2024,32/05/2024\nC,M,01/05/2024,02/05/2024\n"])
        #expect(found.flaggedRowKeys == ["Missing:1"])
    }
    @Test func passesBlankOrValidEnds() {
        #expect(hits(Rule1005(), [.missing: "CHILD,MISSING,MIS_START,MIS_END\nA,M,01/05/2024,\nC,M,01/05/2024,02/05/2024\n"]).isEmpty)
    }
}
