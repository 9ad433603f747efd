import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule196Tests {
    @Test func flagsUnknownReasons() {
        #expect(flagged(Rule196(), [.oc2: csv(.oc2, "1,01/01/2010,,SDQ6,,,,,,,,", "2,01/01/2010,,SDQ2,,,,,,,,")]) == ["OC2:0"])
    }
    @Test func passesListedReasonsAndBlank() {
        #expect(flagged(Rule196(), [.oc2: csv(.oc2, "1,01/01/2010,,SDQ5,,,,,,,,", "2,01/01/2010,12,,,,,,,,,")]).isEmpty)
    }
}
