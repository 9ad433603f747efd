import Testing
@testable import HearthValidation

@Suite struct Rule1003Tests {
    let episodes = "CHILD,DECOM,RNE\nA,01/05/2024,S\nA,01/06/2024,P\nB,01/05/2024,S\n"
    @Test func flagsADecisionBeforeCareStartedAndTheFirstEpisode() {
        let found = hits(Rule1003(), [.episodes: episodes, .placedAdoption: "CHILD,DATE_PLACED\nA,30/04/2024\nB,01/05/2024\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0", "PlacedAdoption:0"])
    }
    @Test func passesADecisionOnOrAfterTheStart() {
        #expect(hits(Rule1003(), [.episodes: episodes, .placedAdoption: "CHILD,DATE_PLACED\nA,01/05/2024\nB,,\n"]).isEmpty)
    }
}
