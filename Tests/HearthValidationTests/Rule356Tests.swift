import Testing
@testable import HearthValidation

@Suite struct Rule356Tests {
    @Test func flagsAnEndBeforeTheStart() {
        #expect(hits(Rule356(), [.episodes: "CHILD,DECOM,DEC\nA,01/05/2024,30/04/2024\nB,01/05/2024,02/05/2024\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesOrderedAndOpenEpisodes() {
        #expect(hits(Rule356(), [.episodes: "CHILD,DECOM,DEC\nB,01/05/2024,02/05/2024\nC,01/05/2024,\n"]).isEmpty)
    }
}
