import Testing
@testable import HearthValidation

@Suite struct Rule357Tests {
    @Test func flagsAFirstEpisodeInTheYearNotStartingCare() {
        let found = hits(Rule357(), [.episodes: "CHILD,DECOM,RNE\nA,01/06/2024,P\nA,01/05/2024,P\nB,01/05/2023,P\nC,01/05/2024,S\n"])
        #expect(found.flaggedRowKeys == ["Episodes:1"])
    }
    @Test func passesFirstEpisodesWithSOrFromBefore() {
        #expect(hits(Rule357(), [.episodes: "CHILD,DECOM,RNE\nB,01/05/2023,P\nC,01/05/2024,S\nC,01/06/2024,P\n"]).isEmpty)
    }
}
