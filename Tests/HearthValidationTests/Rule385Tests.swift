import Testing
@testable import HearthValidation

@Suite struct Rule385Tests {
    @Test func flagsAnEndAfterTheYear() {
        #expect(hits(Rule385(), [.episodes: "CHILD,DECOM,DEC\nA,01/05/2024,01/04/2025\nB,01/05/2024,31/03/2025\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesEndsInTheYearAndOpenEpisodes() {
        #expect(hits(Rule385(), [.episodes: "CHILD,DECOM,DEC\nB,01/05/2024,31/03/2025\nC,01/05/2024,\n"]).isEmpty)
    }
}
