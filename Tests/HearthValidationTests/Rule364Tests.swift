import Testing
@testable import HearthValidation

@Suite struct Rule364Tests {
    @Test func flagsPACEDetentionOver21Days() {
        let found = hits(Rule364(), [.episodes: "CHILD,DECOM,LS,DEC\nA,01/05/2024,J2,23/05/2024\nB,01/05/2024,J2,22/05/2024\nC,25/03/2025,J2,\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesShortDetention() {
        #expect(hits(Rule364(), [.episodes: "CHILD,DECOM,LS,DEC\nB,01/05/2024,J2,22/05/2024\n"]).isEmpty)
    }
}
