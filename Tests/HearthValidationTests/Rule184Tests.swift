import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule184Tests {
    @Test func flagsADecisionBeforeTheRowsBirthDateOrWithoutOne() {
        let h = csv(.header, "1,M,01/01/2020,WBRI,UN1,,")
        #expect(flagged(Rule184(), [.header: h, .placedAdoption: csv(.placedAdoption, "1,01/01/2020,01/12/2019,,", "2,,01/12/2024,,")]) == ["PlacedAdoption:0", "PlacedAdoption:1"])
    }
    @Test func passesADecisionAfterBirth() {
        let h = csv(.header, "1,M,01/01/2020,WBRI,UN1,,")
        #expect(flagged(Rule184(), [.header: h, .placedAdoption: csv(.placedAdoption, "1,01/01/2020,01/01/2020,,", "1,01/01/2020,,,")]).isEmpty)
    }
}
