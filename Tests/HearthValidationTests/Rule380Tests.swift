import Testing
@testable import HearthValidation

@Suite struct Rule380Tests {
    @Test func flagsATemporaryPlacementStartingCare() {
        #expect(hits(Rule380(), [.episodes: "CHILD,DECOM,RNE,PLACE\nA,01/05/2024,S,T1\nB,01/05/2024,P,T1\nC,01/05/2024,S,U1\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesAChangeOfPlacement() {
        #expect(hits(Rule380(), [.episodes: "CHILD,DECOM,RNE,PLACE\nB,01/05/2024,P,T1\nC,01/05/2024,B,T4\n"]).isEmpty)
    }
}
