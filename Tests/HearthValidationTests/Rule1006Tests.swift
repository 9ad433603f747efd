import Testing
@testable import HearthValidation

@Suite struct Rule1006Tests {
    @Test func flagsAnUnknownMissingType() {
        let found = hits(Rule1006(), [.missing: "CHILD,MISSING,MIS_START\nA,M,01/05/2024\nB,X,01/05/2024\nC,m,01/05/2024\nD,,01/05/2024\n"])
        #expect(found.flaggedRowKeys == ["Missing:1", "Missing:2"])
    }
    @Test func passesMAndA() {
        #expect(hits(Rule1006(), [.missing: "CHILD,MISSING,MIS_START\nA,M,01/05/2024\nB,A,01/05/2024\n"]).isEmpty)
    }
}
