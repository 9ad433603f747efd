import Testing
@testable import HearthValidation

@Suite struct Rule445Tests {
    @Test func flagsAFreeingOrderStartingAfter2005() {
        #expect(hits(Rule445(), [.episodes: "CHILD,DECOM,LS\nA,01/01/2006,D1\nB,31/12/2005,D1\nC,01/01/2006,E1\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesEarlierFreeingOrders() {
        #expect(hits(Rule445(), [.episodes: "CHILD,DECOM,LS\nB,31/12/2005,D1\n"]).isEmpty)
    }
}
