import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule141Tests {
    @Test func flagsANonDate() {
        #expect(flagged(Rule141(), [.episodes: csv(.episodes, "1,01/13/2024,S,C2,N1,U1,PR1,,,,,,", "2,01/12/2024,S,C2,N1,U1,PR1,,,,,,")]) == ["Episodes:0"])
    }
    @Test func passesValidOrBlank() {
        #expect(flagged(Rule141(), [.episodes: csv(.episodes, "1,01/12/2024,S,C2,N1,U1,PR1,,,,,,", "2,,S,C2,N1,U1,PR1,,,,,,")]).isEmpty)
    }
}
