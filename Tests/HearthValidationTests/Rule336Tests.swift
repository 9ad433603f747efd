import Testing
@testable import HearthValidation

@Suite struct Rule336Tests {
    @Test func flagsAnAdoptionPlacementNotFollowingFosterCare() {
        let found = hits(Rule336(), [.episodes: "CHILD,DECOM,PLACE\nA,01/06/2024,A3\nA,01/05/2024,K2\nB,01/05/2024,A4\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesAfterFosterCare() {
        #expect(hits(Rule336(), [.episodes: "CHILD,DECOM,PLACE\nA,01/05/2024,U1\nA,01/06/2024,A3\n"]).isEmpty)
    }
}
