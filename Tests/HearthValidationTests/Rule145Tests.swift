import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule145Tests {
    @Test func flagsUnknownCodes() {
        #expect(flagged(Rule145(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N9,U1,PR1,,,,,,", "2,01/05/2024,S,C2,N8,U1,PR1,,,,,,")]) == ["Episodes:0"])
    }
    @Test func passesListedCodesAndBlank() {
        #expect(flagged(Rule145(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,,,,,,", "2,01/05/2024,S,C2,,U1,PR1,,,,,,")]).isEmpty)
    }
}
