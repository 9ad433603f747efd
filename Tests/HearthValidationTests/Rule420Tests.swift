import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule420Tests {
    @Test func flagsAPlacementAuthorityOnAShortBreak() {
        let found = hitsWithOptionalInputs(Rule420(), [.episodes: "CHILD,DECOM,LS,PL_POST\nA,01/05/2024,V3,ME1 1AA\nB,01/05/2024,V4,\nC,01/05/2024,C2,ME1 1AA\nD,01/05/2024,V4,CF10 1AA\n"], postcodes: batch2Postcodes)
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:3"])
    }
    @Test func passesShortBreaksWithoutAPlacementPostcode() {
        #expect(hitsWithOptionalInputs(Rule420(), [.episodes: "CHILD,DECOM,LS,PL_POST\nB,01/05/2024,V4,\n"], postcodes: batch2Postcodes).isEmpty)
    }
}
