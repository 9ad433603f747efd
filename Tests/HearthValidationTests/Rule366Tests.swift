import Testing
@testable import HearthValidation

@Suite struct Rule366Tests {
    @Test func flagsARespiteEpisodeThatContinuesAnother() {
        #expect(hits(Rule366(), [.episodes: "CHILD,DECOM,RNE,LS\nA,01/05/2024,S,V3\nA,03/05/2024,P,V3\nB,01/05/2024,P,C2\n"]).flaggedRowKeys == ["Episodes:1"])
    }
    @Test func passesRespiteEpisodesStartingCare() {
        #expect(hits(Rule366(), [.episodes: "CHILD,DECOM,RNE,LS\nA,01/05/2024,S,V3\n"]).isEmpty)
    }
}
