import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule406Tests {
    let episodes = "CHILD,DECOM,LS,HOME_POST,PL_POST\nA,01/05/2024,C2,ME1 1AA,ME2 1AA\nB,01/05/2024,C2,,ME2 1AA\nC,01/05/2024,C2,ME1 1AA,ME2 1AA\nD,01/05/2024,C2,ME1 1AA,ME2 1AA\n"
    @Test func flagsADistanceForAUASCOrFormerUASCChild() {
        let found = hitsWithOptionalInputs(Rule406(), [.episodes: episodes, .uasc: "CHILD,DUC\nA,\nB,\nD,\n", .header: "CHILD,DOB\nA,01/01/2008\nB,01/01/2008\n"],
                                   previous: [.uasc: "CHILD,DUC\nC,01/01/2024\n", .header: "CHILD,DOB\nC,01/01/2006\n"], postcodes: batch2Postcodes)
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:2"])
    }
    @Test func passesWithoutADistance() {
        #expect(hitsWithOptionalInputs(Rule406(), [.episodes: episodes, .uasc: "CHILD,DUC\nB,\n"], postcodes: batch2Postcodes).isEmpty)
    }
}
