import Testing
@testable import HearthValidation

@Suite struct Rule372Tests {
    let header = "CHILD,DOB\nA,01/06/2014\nB,01/06/2014\n"
    @Test func flagsAPlacementStartingBeforeTheMinimumAge() {
        let found = hits(Rule372(), [.header: header, .episodes: "CHILD,DECOM,PLACE,DEC\nA,31/05/2024,R5,\nB,31/05/2024,U1,\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesFromTheBirthday() {
        #expect(hits(Rule372(), [.header: header, .episodes: "CHILD,DECOM,PLACE,DEC\nA,01/06/2024,R5,01/07/2024\n"]).isEmpty)
    }
}
