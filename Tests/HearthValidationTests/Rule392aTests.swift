import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule392aTests {
    @Test func flagsAnEpisodeWithoutADerivableDistance() {
        let found = hitsWithOptionalInputs(Rule392a(), [.episodes: "CHILD,DECOM,LS,HOME_POST,PL_POST\nA,01/05/2024,C2,ME1 1AA,ZZ9 9ZZ\nB,01/05/2024,C2,ME1 1AA,\nC,01/05/2024,C2,ME1 1AA,ME2 1AA\nD,01/05/2024,V3,,\nE,01/05/2024,C2,,ME2 1AA\n",
                                                    .uasc: "CHILD,DUC\nE,\n", .header: "CHILD,DOB\nE,01/01/2008\n"], postcodes: batch2Postcodes)
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:1"])
        #expect(Rule392a().needs == [.postcodeDirectory])
    }
    @Test func passesKnownPostcodes() {
        #expect(hitsWithOptionalInputs(Rule392a(), [.episodes: "CHILD,DECOM,LS,HOME_POST,PL_POST\nC,01/05/2024,C2,ME1 1AA,ME2 1AA\n"], postcodes: batch2Postcodes).isEmpty)
    }
}
