import Testing
@testable import HearthValidation

@Suite struct Rule398Tests {
    @Test func flagsPostcodesOnAShortBreak() {
        #expect(hits(Rule398(), [.episodes: "CHILD,DECOM,LS,HOME_POST,PL_POST\nA,01/05/2024,V3,ME1 1AA,\nB,01/05/2024,V4,,\nC,01/05/2024,C2,ME1 1AA,ME2 1AA\n"]).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesBlankPostcodes() {
        #expect(hits(Rule398(), [.episodes: "CHILD,DECOM,LS,HOME_POST,PL_POST\nB,01/05/2024,V4,,\n"]).isEmpty)
    }
}
