import Testing
@testable import HearthValidation

@Suite struct Rule389Tests {
    let header = "CHILD,DOB\nA,01/06/2008\nB,01/06/2008\n"
    @Test func flagsLeavingCareAtTheWrongAge() {
        let found = hits(Rule389(), [.header: header, .episodes: "CHILD,DECOM,REC,DEC\nA,01/01/2024,E7,31/05/2024\nB,01/01/2024,E4A,31/05/2024\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesTheRightAge() {
        #expect(hits(Rule389(), [.header: header, .episodes: "CHILD,DECOM,REC,DEC\nA,01/01/2024,E7,01/06/2024\n"]).isEmpty)
    }
}
