import Testing
@testable import HearthValidation

@Suite struct Rule378Tests {
    @Test func flagsPlacementWithParentsUnderSection20() {
        #expect(hits(Rule378(), [.episodes: "CHILD,DECOM,LS,PLACE\nA,01/05/2024,V2,P1\nB,01/05/2024,C2,P1\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesACareOrder() {
        #expect(hits(Rule378(), [.episodes: "CHILD,DECOM,LS,PLACE\nB,01/05/2024,C2,P1\nC,01/05/2024,V2,U1\n"]).isEmpty)
    }
}
