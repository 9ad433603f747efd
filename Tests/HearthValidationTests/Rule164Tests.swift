import Testing
import HearthReturns
import Hearth
@testable import HearthValidation

@Suite struct Rule164Tests {
    @Test func flagsADistanceOver999Miles() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,,,,TR1 1AA,FAR 1AA,SC1", "2,01/05/2024,S,C2,N1,U1,PR1,,,,ME1 1AA,CT1 2BB,SC1")
        #expect(flagged(Rule164(), [.episodes: e], postcodes: TestPostcodes()) == ["Episodes:0"])
    }
    @Test func skipsUASCChildrenAndNeedsTheDirectory() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,,,,TR1 1AA,FAR 1AA,SC1")
        let tables: [HearthReturns.SSDA903TableName: String] = [.episodes: e, .header: csv(.header, "1,M,01/01/2008,WBRI,UN2,,"), .uasc: csv(.uasc, "1,M,01/01/2008,")]
        #expect(flagged(Rule164(), tables, postcodes: TestPostcodes()).isEmpty)
        #expect(Rule164().needs == [.postcodeDirectory])
    }
}
