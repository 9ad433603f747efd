import Testing
@testable import HearthValidation

@Suite struct Rule354Tests {
    @Test func flagsAStartAfterTheYear() {
        #expect(hits(Rule354(), [.episodes: "CHILD,DECOM\nA,01/04/2025\nB,31/03/2025\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesStartsInTheYear() {
        #expect(hits(Rule354(), [.episodes: "CHILD,DECOM\nB,31/03/2025\n"]).isEmpty)
    }
}
