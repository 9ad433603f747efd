import Testing
@testable import HearthValidation

@Suite struct Rule331Tests {
    let episodes = "CHILD,DECOM,REC\nA,01/05/2024,E11\nB,01/05/2024,E12\n"
    @Test func flagsAMatchAfterTheAdoptivePlacement() {
        let found = hits(Rule331(), [.episodes: episodes, .ad1: "CHILD,DATE_MATCH\nA,02/05/2024\nB,01/05/2024\n"])
        #expect(found.flaggedRowKeys == ["AD1:0", "Episodes:0"])
    }
    @Test func passesAMatchOnOrBeforeIt() {
        #expect(hits(Rule331(), [.episodes: episodes, .ad1: "CHILD,DATE_MATCH\nA,01/05/2024\nB,01/04/2024\n"]).isEmpty)
    }
}
