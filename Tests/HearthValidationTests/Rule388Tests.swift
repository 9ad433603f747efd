import Testing
@testable import HearthValidation

@Suite struct Rule388Tests {
    @Test func flagsEndingsThatDoNotMatchWhatFollows() {
        // A: X1 with a gap; B: left care (E4A) but a new episode starts that day; C: last episode X1.
        let found = hits(Rule388(), [.episodes: "CHILD,DECOM,DEC,REC\nA,01/05/2024,01/06/2024,X1\nA,02/06/2024,,\nB,01/05/2024,01/06/2024,E4A\nB,01/06/2024,,\nC,01/05/2024,01/06/2024,X1\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:2", "Episodes:4"])
    }
    @Test func passesAContinuationAndALeaving() {
        #expect(hits(Rule388(), [.episodes: "CHILD,DECOM,DEC,REC\nA,01/05/2024,01/06/2024,X1\nA,01/06/2024,01/07/2024,E4A\nA,01/09/2024,,\n"]).isEmpty)
    }
}
