import Testing
@testable import HearthValidation

@Suite struct Rule460Tests {
    let header = "CHILD,DOB\nA,01/06/2006\nB,01/06/2006\n"
    @Test func flagsStayingPutBefore18() {
        #expect(hits(Rule460(), [.header: header, .episodes: "CHILD,DECOM,REC,DEC\nA,01/01/2024,E17,31/05/2024\nB,01/01/2024,E17,01/06/2024\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesFrom18() {
        #expect(hits(Rule460(), [.header: header, .episodes: "CHILD,DECOM,REC,DEC\nB,01/01/2024,E17,01/06/2024\n"]).isEmpty)
    }
}
