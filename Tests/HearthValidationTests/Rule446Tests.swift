import Testing
@testable import HearthValidation

@Suite struct Rule446Tests {
    @Test func flagsAPlacementOrderBeforeDecember2005() {
        #expect(hits(Rule446(), [.episodes: "CHILD,DECOM,LS\nA,30/11/2005,E1\nB,01/12/2005,E1\nC,30/11/2005,D1\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesLaterPlacementOrders() {
        #expect(hits(Rule446(), [.episodes: "CHILD,DECOM,LS\nB,01/12/2005,E1\n"]).isEmpty)
    }
}
