import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule120Tests {
    @Test func flagsUnknownReasons() {
        #expect(flagged(Rule120(), [.placedAdoption: csv(.placedAdoption, "1,01/01/2020,01/04/2024,01/06/2024,RD5", "2,01/01/2020,01/04/2024,01/06/2024,RD4")]) == ["PlacedAdoption:0"])
    }
    @Test func passesListedReasonsAndBlank() {
        #expect(flagged(Rule120(), [.placedAdoption: csv(.placedAdoption, "1,01/01/2020,01/04/2024,01/06/2024,RD1", "2,01/01/2020,01/04/2024,,")]).isEmpty)
    }
}
