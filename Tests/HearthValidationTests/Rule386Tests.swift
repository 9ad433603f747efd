import Testing
@testable import HearthValidation

@Suite struct Rule386Tests {
    let header = "CHILD,DOB\nA,01/06/2006\nB,01/06/2006\n"
    @Test func flagsLeavingCareAtTheWrongAge() {
        let found = hits(Rule386(), [.header: header, .episodes: "CHILD,DECOM,REC,DEC\nA,01/01/2024,E11,01/06/2024\nB,01/01/2024,E4A,01/06/2024\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesTheRightAge() {
        #expect(hits(Rule386(), [.header: header, .episodes: "CHILD,DECOM,REC,DEC\nA,01/01/2024,E11,31/05/2024\n"]).isEmpty)
    }
}
