import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule210Tests {
    @Test func flagsUN4WithAnEpisodeFrom24March() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,24/03/2025,X1,,,,", "1,24/03/2025,P,C2,N1,U1,PR1,,,,,,")
        #expect(flagged(Rule210(), [.header: csv(.header, "1,M,01/01/2010,WBRI,UN4,,"), .episodes: e]) == ["Episodes:1", "Header:0"])
    }
    @Test func passesOtherCodesAndEarlierEpisodes() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,,,,,,", "2,25/03/2025,S,C2,N1,U1,PR1,,,,,,")
        #expect(flagged(Rule210(), [.header: csv(.header, "1,M,01/01/2010,WBRI,UN4,,", "2,M,01/01/2010,WBRI,UN2,,"), .episodes: e]).isEmpty)
    }
}
