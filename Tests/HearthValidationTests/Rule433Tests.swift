import Testing
@testable import HearthValidation

@Suite struct Rule433Tests {
    @Test func flagsAContinuationNotStartingWhenThePreviousEnded() {
        let found = hits(Rule433(), [.episodes: "CHILD,DECOM,RNE,DEC\nA,01/05/2024,S,01/06/2024\nA,02/06/2024,P,\nB,01/05/2024,S,\nB,xx/06/2024,L,\nC,01/05/2024,S,01/06/2024\nC,01/06/2024,T,\n"])
        #expect(found.flaggedRowKeys == ["Episodes:1", "Episodes:3"])
    }
    @Test func passesAnUnbrokenContinuation() {
        #expect(hits(Rule433(), [.episodes: "CHILD,DECOM,RNE,DEC\nC,01/05/2024,S,01/06/2024\nC,01/06/2024,T,\n"]).isEmpty)
    }
}

@Suite struct Rule433OpenEpisodeTests {
    @Test func readsAnOpenPreviousEpisodeAsEndingOn31March() {
        let found = hits(Rule433(), [.episodes: "CHILD,DECOM,RNE,DEC\nA,01/05/2024,S,\nA,31/03/2025,P,\nB,01/05/2024,S,\nB,30/03/2025,P,\n"])
        #expect(found.flaggedRowKeys == ["Episodes:3"])
    }
}
