import Testing
@testable import HearthValidation

@Suite struct Rule355Tests {
    @Test func flagsAnEpisodeEndingTheDayItStarted() {
        #expect(hits(Rule355(), [.episodes: "CHILD,DECOM,DEC\nA,01/05/2024,01/05/2024\nB,01/05/2024,02/05/2024\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesLongerAndOpenEpisodes() {
        #expect(hits(Rule355(), [.episodes: "CHILD,DECOM,DEC\nB,01/05/2024,02/05/2024\nC,01/05/2024,\n"]).isEmpty)
    }
}
