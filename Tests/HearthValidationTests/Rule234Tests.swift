import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule234Tests {
    @Test func flagsCustodyBeforeTheTenthBirthday() {
        let e = csv(.episodes, "1,01/05/2025,S,C2,N1,U1,PR1,01/06/2025,X1,CUSTOD,,,", "1,01/06/2025,P,C2,N1,K1,PR1,,,,,,")
        #expect(flagged(Rule234(), [.header: csv(.header, "1,M,01/01/2016,WBRI,UN2,,"), .episodes: e], year: CollectionYear(2025)) == ["Episodes:0", "Header:0"])
    }
    @Test func passesCustodyFromTheTenthBirthday() {
        let e = csv(.episodes, "1,01/05/2025,S,C2,N1,U1,PR1,01/06/2025,X1,CUSTOD,,,", "1,01/06/2025,P,C2,N1,K1,PR1,,,,,,")
        #expect(flagged(Rule234(), [.header: csv(.header, "1,M,01/06/2015,WBRI,UN2,,"), .episodes: e], year: CollectionYear(2025)).isEmpty)
    }
}
