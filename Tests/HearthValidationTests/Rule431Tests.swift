import Testing
@testable import HearthValidation

@Suite struct Rule431Tests {
    @Test func flagsANewStartTheDayThePreviousEpisodeEnded() {
        let found = hits(Rule431(), [.episodes: "CHILD,DECOM,RNE,DEC\nA,01/05/2024,S,01/06/2024\nA,01/06/2024,S,\nB,01/05/2024,S,01/06/2024\nB,02/06/2024,S,\n"])
        #expect(found.flaggedRowKeys == ["Episodes:1"])
    }
    @Test func passesAGapBeforeANewStart() {
        #expect(hits(Rule431(), [.episodes: "CHILD,DECOM,RNE,DEC\nB,01/05/2024,S,01/06/2024\nB,02/06/2024,S,\n"]).isEmpty)
    }
}

@Suite struct Rule431OpenEpisodeTests {
    @Test func flagsANewStartWhileThePreviousEpisodeIsOpen() {
        #expect(hits(Rule431(), [.episodes: "CHILD,DECOM,RNE,DEC\nA,01/05/2024,S,\nA,01/06/2024,S,\n"]).flaggedRowKeys == ["Episodes:1"])
    }
}
