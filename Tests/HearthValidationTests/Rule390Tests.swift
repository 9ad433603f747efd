import Testing
@testable import HearthValidation

@Suite struct Rule390Tests {
    @Test func flagsAdoptionWithoutAnAdoptionPlacement() {
        #expect(hits(Rule390(), [.episodes: "CHILD,DECOM,PLACE,REC\nA,01/05/2024,U1,E11\nB,01/05/2024,A5,E12\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesAdoptionPlacements() {
        #expect(hits(Rule390(), [.episodes: "CHILD,DECOM,PLACE,REC\nB,01/05/2024,A5,E12\nC,01/05/2024,U1,E4A\n"]).isEmpty)
    }
}
