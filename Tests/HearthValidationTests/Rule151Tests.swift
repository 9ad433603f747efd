import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule151Tests {
    @Test func flagsPartlyCompletedAdoptions() {
        #expect(flagged(Rule151(), [.ad1: csv(.ad1, "1,01/01/2020,01/05/2024,,0,2,MF,L0", "2,01/01/2020,,,,,,L0")]) == ["AD1:0", "AD1:1"])
    }
    @Test func passesCompleteOrEmptyRows() {
        #expect(flagged(Rule151(), [.ad1: csv(.ad1, "1,01/01/2020,01/05/2024,01/06/2024,0,2,MF,L0", "2,01/01/2020,,,,,,")]).isEmpty)
    }
}
