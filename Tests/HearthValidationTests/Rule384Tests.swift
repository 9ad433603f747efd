import Testing
@testable import HearthValidation

@Suite struct Rule384Tests {
    @Test func flagsRespiteInLongTermFosterCare() {
        #expect(hits(Rule384(), [.episodes: "CHILD,DECOM,LS,PLACE\nA,01/05/2024,V3,U1\nB,01/05/2024,V4,U4\nC,01/05/2024,C2,U1\n"]).flaggedRowKeys == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesOtherFosterCare() {
        #expect(hits(Rule384(), [.episodes: "CHILD,DECOM,LS,PLACE\nA,01/05/2024,V3,U3\nC,01/05/2024,C2,U1\n"]).isEmpty)
    }
}
