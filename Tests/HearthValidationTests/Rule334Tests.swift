import Testing
@testable import HearthValidation

@Suite struct Rule334Tests {
    let episodes = "CHILD,DECOM,RNE\nA,01/01/2023,S\nA,01/05/2024,S\nA,01/06/2024,P\nB,01/05/2024,S\n"
    @Test func flagsADecisionBeforeTheLatestPeriodOfCare() {
        let found = hits(Rule334(), [.episodes: episodes, .ad1: "CHILD,DATE_INT\nA,01/02/2024\nB,01/05/2024\n"])
        #expect(found.flaggedRowKeys == ["AD1:0", "Episodes:1"])
    }
    @Test func passesADecisionAfterItStarted() {
        #expect(hits(Rule334(), [.episodes: episodes, .ad1: "CHILD,DATE_INT\nA,01/05/2024\n"]).isEmpty)
    }
}
