import Testing
@testable import HearthValidation

@Suite struct Rule353Tests {
    @Test func flagsAStartBeforeTheChildrenAct() {
        #expect(hits(Rule353(), [.episodes: "CHILD,DECOM\nA,13/10/1991\nB,14/10/1991\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesLaterStarts() {
        #expect(hits(Rule353(), [.episodes: "CHILD,DECOM\nB,14/10/1991\nC,01/05/2024\n"]).isEmpty)
    }
}
