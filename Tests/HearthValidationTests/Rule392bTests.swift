import Testing
import HearthReturns
import Hearth
@testable import HearthValidation

@Suite struct Rule392bTests {
    @Test func flagsAMissingPostcode() {
        let found = hits(Rule392b(), [.episodes: "CHILD,DECOM,LS,HOME_POST,PL_POST\nA,01/05/2024,C2,ME1 1AA,\nB,01/05/2024,C2,,ME1 1AA\nC,01/05/2024,C2,ME1 1AA,ME2 1AA\nD,01/05/2024,V4,,\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:1"])
    }
    @Test func leavesOutUASCChildren() {
        let tables: [SSDA903TableName: String] = [.episodes: "CHILD,DECOM,LS,HOME_POST,PL_POST\nA,01/05/2024,C2,,ME1 1AA\n", .header: "CHILD,DOB\nA,01/01/2008\n"]
        #expect(hits(Rule392b(), tables, previous: [.uasc: "CHILD,DUC\nA,\n", .header: "CHILD,DOB\nA,01/01/2008\n"]).isEmpty)
        #expect(hits(Rule392b(), tables).flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesBothPostcodes() {
        #expect(hits(Rule392b(), [.episodes: "CHILD,DECOM,LS,HOME_POST,PL_POST\nC,01/05/2024,C2,ME1 1AA,ME2 1AA\n"]).isEmpty)
    }
}
