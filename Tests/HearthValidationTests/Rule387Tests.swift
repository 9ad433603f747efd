import Testing
@testable import HearthValidation

@Suite struct Rule387Tests {
    let header = "CHILD,DOB\nA,01/06/2010\nB,01/06/2010\n"
    @Test func flagsLeavingCareAtTheWrongAge() {
        let found = hits(Rule387(), [.header: header, .episodes: "CHILD,DECOM,REC,DEC\nA,01/01/2024,E5,31/05/2024\nB,01/01/2024,E4A,31/05/2024\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesTheRightAge() {
        #expect(hits(Rule387(), [.header: header, .episodes: "CHILD,DECOM,REC,DEC\nA,01/01/2024,E5,01/06/2024\n"]).isEmpty)
    }
}
