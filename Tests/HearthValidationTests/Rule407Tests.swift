import Testing
@testable import HearthValidation

@Suite struct Rule407Tests {
    let header = "CHILD,DOB\nA,01/06/2006\nB,01/06/2006\n"
    @Test func flagsASpecialGuardianshipOrderAfter18AndTheHeader() {
        let found = hits(Rule407(), [.header: header, .episodes: "CHILD,DECOM,REC,DEC\nA,01/01/2024,E45,02/06/2024\nB,01/01/2024,E46,01/06/2024\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0", "Header:0"])
    }
    @Test func passesOnThe18thBirthday() {
        #expect(hits(Rule407(), [.header: header, .episodes: "CHILD,DECOM,REC,DEC\nB,01/01/2024,E46,01/06/2024\n"]).isEmpty)
    }
}
