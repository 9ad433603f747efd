import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule176Tests {
    @Test func flagsUnknownCodes() {
        #expect(flagged(Rule176(), [.ad1: csv(.ad1, "1,01/01/2020,,,,,M2,", "2,01/01/2020,,,,,FF,")]) == ["AD1:0"])
    }
    @Test func passesListedCodesAndBlank() {
        #expect(flagged(Rule176(), [.ad1: csv(.ad1, "1,01/01/2020,,,,,MF,", "2,01/01/2020,,,,,,")]).isEmpty)
    }
}
