import Testing
@testable import HearthValidation

@Suite struct Rule333Tests {
    @Test func flagsAMissingOrLaterDecision() {
        let found = hits(Rule333(), [.ad1: "CHILD,DATE_INT,DATE_MATCH\nA,02/05/2024,01/05/2024\nB,,01/05/2024\nC,01/05/2024,01/05/2024\nD,,\n"])
        #expect(found.flaggedRowKeys == ["AD1:0", "AD1:1"])
    }
    @Test func passesADecisionBeforeTheMatch() {
        #expect(hits(Rule333(), [.ad1: "CHILD,DATE_INT,DATE_MATCH\nA,01/04/2024,01/05/2024\n"]).isEmpty)
    }
}
