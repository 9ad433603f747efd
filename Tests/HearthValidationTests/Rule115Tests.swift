import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule115Tests {
    @Test func flagsANonDate() {
        #expect(flagged(Rule115(), [.placedAdoption: csv(.placedAdoption, "1,01/01/2020,31/04/2024,,", "2,01/01/2020,30/04/2024,,")]) == ["PlacedAdoption:0"])
    }
    @Test func passesBlankOrValid() {
        #expect(flagged(Rule115(), [.placedAdoption: csv(.placedAdoption, "1,01/01/2020,,,", "2,01/01/2020,30/04/2024,,")]).isEmpty)
    }
}
