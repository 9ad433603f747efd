import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule149Tests {
    @Test func flagsUnknownCodes() {
        #expect(flagged(Rule149(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,30/06/2024,E99,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,30/06/2024,E43,,,,")]) == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesListedCodesAndBlank() {
        #expect(flagged(Rule149(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,30/06/2024,E4A,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,")]).isEmpty)
    }
}
