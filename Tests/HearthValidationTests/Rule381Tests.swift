import Testing
@testable import HearthValidation

@Suite struct Rule381Tests {
    @Test func flagsATemporaryPlacementEndingCare() {
        #expect(hits(Rule381(), [.episodes: "CHILD,DECOM,PLACE,REC\nA,01/05/2024,T2,E4A\nB,01/05/2024,T2,X1\nC,01/05/2024,T2,\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesMovingOnOrOpen() {
        #expect(hits(Rule381(), [.episodes: "CHILD,DECOM,PLACE,REC\nB,01/05/2024,T2,X1\nC,01/05/2024,T2,\n"]).isEmpty)
    }
}
