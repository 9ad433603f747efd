import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule157Tests {
    /// Child 1 is looked after all year (started 2022) and aged 10.
    let episodes = csv(.episodes, "1,01/05/2022,S,C2,N1,U1,PR1,,,,,,", "2,01/05/2022,S,C2,N1,U1,PR1,,,,,,")
    @Test func flagsSDQ1ForAChildAgedFourToSixteen() {
        let oc2 = csv(.oc2, "1,01/01/2014,,SDQ1,0,1,1,1,1,0,,", "2,01/01/2014,,SDQ2,0,1,1,1,1,0,,")
        #expect(flagged(Rule157(), [.episodes: episodes, .oc2: oc2]) == ["OC2:0"])
    }
    @Test func passesSDQ1ForAChildUnderFour() {
        let oc2 = csv(.oc2, "1,01/01/2022,,SDQ1,,1,1,1,1,0,,")
        #expect(flagged(Rule157(), [.episodes: episodes, .oc2: oc2]).isEmpty)
    }
}
