import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule144Tests {
    @Test func flagsUnknownCodes() {
        #expect(flagged(Rule144(), [.episodes: csv(.episodes, "1,01/05/2024,S,C3,N1,U1,PR1,,,,,,", "2,01/05/2024,S,J3,N1,U1,PR1,,,,,,")]) == ["Episodes:0"])
    }
    @Test func passesListedCodesAndBlank() {
        #expect(flagged(Rule144(), [.episodes: csv(.episodes, "1,01/05/2024,S,V4,N1,U1,PR1,,,,,,", "2,01/05/2024,S,,N1,U1,PR1,,,,,,")]).isEmpty)
    }
}
