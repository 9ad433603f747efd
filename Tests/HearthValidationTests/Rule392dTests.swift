import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule392dTests {
    @Test func flagsTheSamePostcodeOutsideAPlacementWithParents() {
        let found = hits(Rule392d(), [.episodes: "CHILD,DECOM,PLACE,HOME_POST,PL_POST\nA,01/05/2024,U1,ME1 1AA,ME1 1AA\nB,01/05/2024,P1,ME1 1AA,ME1 1AA\nC,01/05/2024,U1,,\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesDifferentPostcodes() {
        #expect(hits(Rule392d(), [.episodes: "CHILD,DECOM,PLACE,HOME_POST,PL_POST\nA,01/05/2024,U1,ME1 1AA,ME2 1AA\n"]).isEmpty)
    }
}
