import Testing
@testable import HearthValidation

@Suite struct Rule451Tests {
    @Test func flagsAnOpenFreeingOrder() {
        #expect(hits(Rule451(), [.episodes: "CHILD,DECOM,LS,DEC,REC\nA,01/05/2005,D1,,\nB,01/05/2005,D1,01/05/2006,E11\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesAClosedOne() {
        #expect(hits(Rule451(), [.episodes: "CHILD,DECOM,LS,DEC,REC\nB,01/05/2005,D1,01/05/2006,E11\n"]).isEmpty)
    }
}
