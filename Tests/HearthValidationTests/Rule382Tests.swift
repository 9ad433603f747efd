import Testing
@testable import HearthValidation

@Suite struct Rule382Tests {
    @Test func flagsRespiteInATemporaryPlacement() {
        #expect(hits(Rule382(), [.episodes: "CHILD,DECOM,LS,PLACE\nA,01/05/2024,V3,T0\nB,01/05/2024,V4,T4\nC,01/05/2024,C2,T4\n"]).flaggedRowKeys == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesRespiteInFosterCare() {
        #expect(hits(Rule382(), [.episodes: "CHILD,DECOM,LS,PLACE\nA,01/05/2024,V3,U3\n"]).isEmpty)
    }
}
