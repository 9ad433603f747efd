import Testing
@testable import HearthValidation

@Suite struct Rule304Tests {
    @Test func flagsACeasedDateAfterThe18thBirthday() {
        let found = hits(Rule304(), [.uasc: "CHILD,DOB,DUC\nA,01/01/2006,02/01/2024\nB,01/01/2006,01/01/2024\nC,01/01/2006,\n"])
        #expect(found.flaggedRowKeys == ["UASC:0"])
    }
    @Test func passesOnThe18thBirthday() {
        #expect(hits(Rule304(), [.uasc: "CHILD,DOB,DUC\nB,01/01/2006,01/01/2024\n"]).isEmpty)
    }
}
