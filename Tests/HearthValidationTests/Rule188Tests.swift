import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule188Tests {
    @Test func flagsSDQForUnderFours() {
        #expect(flagged(Rule188(), [.oc2: csv(.oc2, "1,01/04/2021,10,,,,,,,,,", "2,01/04/2021,,SDQ1,,,,,,,,")]) == ["OC2:0", "OC2:1"])
    }
    @Test func passesFourYearOldsAndBlankSDQ() {
        #expect(flagged(Rule188(), [.oc2: csv(.oc2, "1,31/03/2021,10,,,,,,,,,", "2,01/04/2022,,,,,,,,,,")]).isEmpty)
    }
}
