import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule411Tests {
    let episodes = "CHILD,DECOM,PL_POST,PL_LOCATION\nA,01/05/2024,SE1 1AA,IN\nB,01/05/2024,ME1 1AA,OUT\nC,01/05/2024,ME1 1AA,IN\nD,01/05/2024,CF10 1AA,OUT\n"
    @Test func flagsALocationThatDisagreesWithThePlacementAuthority() {
        let found = hitsWithOptionalInputs(Rule411(), [.episodes: episodes], postcodes: batch2Postcodes, council: "E10000016")
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesWhenTheLocationIsDerived() {
        #expect(hitsWithOptionalInputs(Rule411(), [.episodes: "CHILD,DECOM,PL_POST\nA,01/05/2024,SE1 1AA\n"], postcodes: batch2Postcodes, council: "E10000016").isEmpty)
        #expect(hitsWithOptionalInputs(Rule411(), [.episodes: "CHILD,DECOM,PL_POST,PL_LOCATION\nC,01/05/2024,ME1 1AA,IN\n"], postcodes: batch2Postcodes, council: "E10000016").isEmpty)
    }
}
