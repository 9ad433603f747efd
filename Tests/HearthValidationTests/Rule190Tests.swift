import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule190Tests {
    let episodes = csv(.episodes, "1,01/05/2022,S,C2,N1,U1,PR1,,,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,")
    @Test func flagsHealthItemsForAChildNotInCareAllYear() {
        #expect(flagged(Rule190(), [.episodes: episodes, .oc2: csv(.oc2, "2,01/01/2014,,,,,,1,,,,", "2,01/01/2014,,,,,,,,,,")]) == ["OC2:0"])
    }
    @Test func passesThemForAChildInCareAllYear() {
        #expect(flagged(Rule190(), [.episodes: episodes, .oc2: csv(.oc2, "1,01/01/2014,,,0,1,1,1,1,0,,", "2,01/01/2014,,,1,,1,,,,,")]).isEmpty)
    }
}
