import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule185Tests {
    let episodes = csv(.episodes, "1,01/05/2022,S,C2,N1,U1,PR1,,,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,")
    @Test func flagsAScoreForAChildNotInCareAllYear() {
        #expect(flagged(Rule185(), [.episodes: episodes, .oc2: csv(.oc2, "1,01/01/2014,10,,,,,,,,,", "2,01/01/2014,10,,,,,,,,,")]) == ["OC2:1"])
    }
    @Test func passesAScoreForAChildInCareAllYear() {
        #expect(flagged(Rule185(), [.episodes: episodes, .oc2: csv(.oc2, "1,01/01/2014,10,,,,,,,,,", "2,01/01/2014,,,,,,,,,,")]).isEmpty)
    }
}
