import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule116Tests {
    @Test func flagsANonDate() {
        #expect(flagged(Rule116(), [.placedAdoption: csv(.placedAdoption, "1,01/01/2020,01/04/2024,2024,RD1")]) == ["PlacedAdoption:0"])
    }
    @Test func passesBlankOrValid() {
        #expect(flagged(Rule116(), [.placedAdoption: csv(.placedAdoption, "1,01/01/2020,01/04/2024,,", "2,01/01/2020,01/04/2024,01/09/2024,RD1")]).isEmpty)
    }
}
