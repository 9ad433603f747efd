import Testing
@testable import HearthValidation

@Suite struct Rule426Tests {
    @Test func flagsBothKindsOfShortBreak() {
        #expect(hits(Rule426(), [.episodes: "CHILD,DECOM,LS\nA,01/05/2024,V3\nA,01/06/2024,C2\nA,01/07/2024,V4\nB,01/05/2024,V3\nB,01/06/2024,V3\n"]).flaggedRowKeys == ["Episodes:0", "Episodes:2"])
    }
    @Test func passesOneKind() {
        #expect(hits(Rule426(), [.episodes: "CHILD,DECOM,LS\nB,01/05/2024,V3\nB,01/06/2024,V3\n"]).isEmpty)
    }
}
