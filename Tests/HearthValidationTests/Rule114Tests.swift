import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule114Tests {
    @Test func flagsValuesOtherThanZeroOrOne() {
        #expect(flagged(Rule114(), [.ad1: csv(.ad1, "1,01/01/2020,01/05/2024,01/06/2024,2,2,MF,L0", "2,01/01/2020,01/05/2024,01/06/2024,Y,2,MF,L0", "3,01/01/2020,01/05/2024,01/06/2024,1,2,MF,L0")]) == ["AD1:0", "AD1:1"])
    }
    @Test func passesZeroOneAndBlank() {
        #expect(flagged(Rule114(), [.ad1: csv(.ad1, "1,01/01/2020,,,0,,,", "2,01/01/2020,,,1,,,", "3,01/01/2020,,,,,,")]).isEmpty)
    }
}
