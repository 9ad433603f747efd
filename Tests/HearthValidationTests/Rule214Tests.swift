import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule214Tests {
    @Test func flagsAShortBreakWithPostcodeOrURN() {
        #expect(flagged(Rule214(), [.episodes: csv(.episodes, "1,01/05/2024,S,V3,N1,U1,PR1,,,,,ME1 1AA,", "2,01/05/2024,S,V4,N1,U1,PR1,,,,,,SC1", "3,01/05/2024,S,C2,N1,U1,PR1,,,,,ME1 1AA,SC1")]) == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesAShortBreakWithout() {
        #expect(flagged(Rule214(), [.episodes: csv(.episodes, "1,01/05/2024,S,V3,N1,U1,PR1,,,,ME1 1AA,,")]).isEmpty)
    }
}
