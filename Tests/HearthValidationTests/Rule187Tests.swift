import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule187Tests {
    let episodes = csv(.episodes, "1,01/05/2022,S,C2,N1,U1,PR1,,,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,")
    @Test func flagsAdoptionAndCareLeaverDataForAChildInCareAllYear() {
        let ad1 = csv(.ad1, "1,01/01/2020,01/05/2024,01/06/2024,0,2,MF,L0"), oc3 = csv(.oc3, "1,01/01/2005,YES,F1,B1")
        #expect(flagged(Rule187(), [.episodes: episodes, .ad1: ad1, .oc3: oc3]) == ["AD1:0", "OC3:0"])
    }
    @Test func passesThemForAChildNotInCareAllYear() {
        let ad1 = csv(.ad1, "2,01/01/2020,01/05/2024,01/06/2024,0,2,MF,L0", "1,01/01/2020,,,,,,"), oc3 = csv(.oc3, "2,01/01/2005,YES,F1,B1")
        #expect(flagged(Rule187(), [.episodes: episodes, .ad1: ad1, .oc3: oc3]).isEmpty)
    }
}
