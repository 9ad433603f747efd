import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule134Tests {
    @Test func flagsAdoptionDataForACareLeaver() {
        let oc3 = csv(.oc3, "1,01/01/2005,YES,F1,B1", "2,01/01/2005,,,")
        let ad1 = csv(.ad1, "1,01/01/2005,01/05/2024,01/06/2024,0,2,MF,L0", "2,01/01/2005,01/05/2024,01/06/2024,0,2,MF,L0")
        #expect(flagged(Rule134(), [.oc3: oc3, .ad1: ad1]) == ["AD1:0"])
    }
    @Test func passesAdoptionDataWithoutCareLeaverData() {
        #expect(flagged(Rule134(), [.oc3: csv(.oc3, "2,01/01/2005,YES,F1,B1"), .ad1: csv(.ad1, "1,01/01/2020,01/05/2024,01/06/2024,0,2,MF,L0")]).isEmpty)
    }
}
