import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule186Tests {
    let episodes = csv(.episodes, "1,01/05/2022,S,C2,N1,U1,PR1,,,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,")
    @Test func flagsAMissingScoreAndReason() {
        #expect(flagged(Rule186(), [.episodes: episodes, .oc2: csv(.oc2, "1,01/01/2014,,,0,1,1,1,1,0,,")]) == ["OC2:0"])
    }
    @Test func passesAScoreAReasonOrAChildOutsideTheAges() {
        #expect(flagged(Rule186(), [.episodes: episodes, .oc2: csv(.oc2, "1,01/01/2014,12,,0,1,1,1,1,0,,", "1,01/01/2014,,SDQ2,0,1,1,1,1,0,,", "1,01/01/2022,,,0,1,1,1,1,0,,", "2,01/01/2014,,,,,,,,,,")]).isEmpty)
    }
}
