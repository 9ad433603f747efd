import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule198Tests {
    let episodes = csv(.episodes, "1,01/05/2022,S,C2,N1,U1,PR1,,,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,")
    @Test func flagsAReasonForAChildNotInCareAllYear() {
        #expect(flagged(Rule198(), [.episodes: episodes, .oc2: csv(.oc2, "2,01/01/2014,,SDQ2,,,,,,,,")]) == ["OC2:0"])
    }
    @Test func passesAReasonForAChildInCareAllYear() {
        #expect(flagged(Rule198(), [.episodes: episodes, .oc2: csv(.oc2, "1,01/01/2014,,SDQ2,,,,,,,,")]).isEmpty)
    }
}
