import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule112Tests {
    @Test func flagsANonDate() {
        #expect(flagged(Rule112(), [.ad1: csv(.ad1, "1,01/01/2020,01/05/2024,01/06/2024,0,2,MF,L0", "2,01/01/2020,1st May,01/06/2024,0,2,MF,L0")]) == ["AD1:1"])
    }
    @Test func passesBlankOrValid() {
        #expect(flagged(Rule112(), [.ad1: csv(.ad1, "1,01/01/2020,,,,,,", "2,01/01/2020,01/05/2024,,,,,")]).isEmpty)
    }
}
