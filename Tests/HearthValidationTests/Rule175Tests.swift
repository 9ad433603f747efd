import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule175Tests {
    @Test func flagsOtherNumbers() {
        #expect(flagged(Rule175(), [.ad1: csv(.ad1, "1,01/01/2020,,,,3,,", "2,01/01/2020,,,,2,,")]) == ["AD1:0"])
    }
    @Test func passesOneTwoAndBlank() {
        #expect(flagged(Rule175(), [.ad1: csv(.ad1, "1,01/01/2020,,,,1,,", "2,01/01/2020,,,,,,")]).isEmpty)
    }
}
