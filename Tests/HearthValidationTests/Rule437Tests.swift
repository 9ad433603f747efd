import Testing
@testable import HearthValidation

@Suite struct Rule437Tests {
    @Test func flagsADeathFollowedByFurtherEpisodes() {
        let found = hits(Rule437(), [.episodes: "CHILD,DECOM,DEC,REC\nA,01/05/2024,01/06/2024,E2\nA,01/07/2024,,\nB,01/05/2024,01/06/2024,E2\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesADeathAsTheLastEpisode() {
        #expect(hits(Rule437(), [.episodes: "CHILD,DECOM,DEC,REC\nB,01/04/2024,01/05/2024,X1\nB,01/05/2024,01/06/2024,E2\n"]).isEmpty)
    }
}
