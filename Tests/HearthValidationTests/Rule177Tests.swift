import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule177Tests {
    @Test func flagsUnknownCodes() {
        #expect(flagged(Rule177(), [.ad1: csv(.ad1, "1,01/01/2020,,,,,,L1", "2,01/01/2020,,,,,,L12")]) == ["AD1:0"])
    }
    @Test func passesListedCodesAndBlank() {
        #expect(flagged(Rule177(), [.ad1: csv(.ad1, "1,01/01/2020,,,,,,L4", "2,01/01/2020,,,,,,")]).isEmpty)
    }
}
