import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule197BTests {
    let episodes = csv(.episodes, "1,01/05/2022,S,C2,N1,U1,PR1,,,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,")
    @Test func flagsAFourOrSeventeenYearOldWithNeither() {
        #expect(flagged(Rule197B(), [.episodes: episodes, .oc2: csv(.oc2, "1,01/06/2020,,,,,,,,,,", "1,01/06/2007,,,,,,,,,,", "1,01/06/2014,,,,,,,,,,")]) == ["OC2:0", "OC2:1"])
    }
    @Test func passesWithAScoreOrReasonOrNotInCareAllYear() {
        #expect(flagged(Rule197B(), [.episodes: episodes, .oc2: csv(.oc2, "1,01/06/2020,,SDQ1,,,,,,,,", "1,01/06/2007,15,,,,,,,,,", "2,01/06/2020,,,,,,,,,,")]).isEmpty)
    }
}
