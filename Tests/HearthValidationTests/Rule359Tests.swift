import Testing
@testable import HearthValidation

@Suite struct Rule359Tests {
    let header = "CHILD,DOB\nA,01/06/2006\nB,01/06/2006\nC,01/06/2008\n"
    @Test func flagsAnOpenEpisodeAfter18NotV2InK2() {
        let found = hits(Rule359(), [.header: header, .episodes: "CHILD,DECOM,LS,PLACE,DEC\nA,01/01/2024,C2,U1,\nB,01/01/2024,V2,K2,\nC,01/01/2024,C2,U1,\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesClosedEpisodes() {
        #expect(hits(Rule359(), [.header: header, .episodes: "CHILD,DECOM,LS,PLACE,DEC\nA,01/01/2024,C2,U1,01/06/2024\n"]).isEmpty)
    }
}
