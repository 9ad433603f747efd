import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule143Tests {
    @Test func flagsUnknownCodes() {
        #expect(flagged(Rule143(), [.episodes: csv(.episodes, "1,01/05/2024,X,C2,N1,U1,PR1,,,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,")]) == ["Episodes:0"])
    }
    @Test func passesListedCodesAndBlank() {
        #expect(flagged(Rule143(), [.episodes: csv(.episodes, "1,01/05/2024,B,C2,N1,U1,PR1,,,,,,", "2,01/05/2024,,C2,N1,U1,PR1,,,,,,")]).isEmpty)
    }
}
