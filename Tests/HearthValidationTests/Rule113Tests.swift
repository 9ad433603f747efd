import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule113Tests {
    @Test func flagsANonDate() {
        #expect(flagged(Rule113(), [.ad1: csv(.ad1, "1,01/01/2020,01/05/2024,00/06/2024,0,2,MF,L0")]) == ["AD1:0"])
    }
    @Test func passesBlankOrValid() {
        #expect(flagged(Rule113(), [.ad1: csv(.ad1, "1,01/01/2020,01/05/2024,,0,2,MF,L0", "2,01/01/2020,01/05/2024,01/06/2024,0,2,MF,L0")]).isEmpty)
    }
}
