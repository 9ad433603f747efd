import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule147Tests {
    @Test func flagsANonDate() {
        #expect(flagged(Rule147(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,31/06/2024,E8,,,,")]) == ["Episodes:0"])
    }
    @Test func passesValidOrBlank() {
        #expect(flagged(Rule147(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,30/06/2024,E8,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,")]).isEmpty)
    }
}
