import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule119Tests {
    @Test func flagsADateWithoutAReasonAndTheReverse() {
        #expect(flagged(Rule119(), [.placedAdoption: csv(.placedAdoption, "1,01/01/2020,01/04/2024,01/06/2024,", "2,01/01/2020,01/04/2024,,RD2")]) == ["PlacedAdoption:0", "PlacedAdoption:1"])
    }
    @Test func passesBothOrNeither() {
        #expect(flagged(Rule119(), [.placedAdoption: csv(.placedAdoption, "1,01/01/2020,01/04/2024,01/06/2024,RD1", "2,01/01/2020,01/04/2024,,")]).isEmpty)
    }
}
