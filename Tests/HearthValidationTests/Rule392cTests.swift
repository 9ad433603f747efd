import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule392cTests {
    @Test func flagsAPostcodeNotInTheDirectory() {
        let found = hitsWithOptionalInputs(Rule392c(), [.episodes: "CHILD,DECOM,HOME_POST,PL_POST\nA,01/05/2024,ZZ9 9ZZ,\nB,01/05/2024,ME1 1AA,QQ1 1QQ\nC,01/05/2024,me11aa,ME2 1AA\nD,01/05/2024,,\n"], postcodes: batch2Postcodes)
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesRealPostcodes() {
        #expect(hitsWithOptionalInputs(Rule392c(), [.episodes: "CHILD,DECOM,HOME_POST,PL_POST\nC,01/05/2024,ME1 1AA,ME2 1AA\n"], postcodes: batch2Postcodes).isEmpty)
    }
}
