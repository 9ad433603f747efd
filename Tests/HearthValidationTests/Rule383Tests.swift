import Testing
@testable import HearthValidation

@Suite struct Rule383Tests {
    @Test func flagsNotReturningToTheUsualPlacement() {
        let found = hits(Rule383(), [.episodes: "CHILD,DECOM,RNE,PLACE\nA,01/05/2024,S,U3\nA,01/06/2024,P,T3\nA,10/06/2024,P,U4\nB,01/05/2024,S,U3\nB,01/06/2024,P,T3\nB,10/06/2024,B,U3\n"])
        #expect(found.flaggedRowKeys == ["Episodes:2", "Episodes:5"])
    }
    @Test func passesAReturnToTheSamePlacementType() {
        #expect(hits(Rule383(), [.episodes: "CHILD,DECOM,RNE,PLACE\nA,01/05/2024,S,U3\nA,01/06/2024,P,T3\nA,10/06/2024,P,U3\n"]).isEmpty)
    }
}
