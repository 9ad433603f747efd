import Testing
@testable import HearthValidation

@Suite struct Rule408Tests {
    @Test func flagsAPlacementOrderPlacementWithoutThatStatus() {
        #expect(hits(Rule408(), [.episodes: "CHILD,DECOM,LS,PLACE\nA,01/05/2024,C2,A5\nB,01/05/2024,E1,A6\nC,01/05/2024,C2,A3\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesE1() {
        #expect(hits(Rule408(), [.episodes: "CHILD,DECOM,LS,PLACE\nB,01/05/2024,E1,A6\n"]).isEmpty)
    }
}
