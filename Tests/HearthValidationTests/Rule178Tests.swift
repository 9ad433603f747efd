import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule178Tests {
    @Test func flagsUnknownProvidersAndProvidersForTemporaryPlacements() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR9,,,,,,", "2,01/05/2024,S,C2,N1,T1,PR1,,,,,,", "3,01/05/2024,S,C2,N1,Z1,PR1,,,,,,")
        #expect(flagged(Rule178(), [.episodes: e]) == ["Episodes:0", "Episodes:1", "Episodes:2"])
    }
    @Test func passesValidProvidersAndBlank() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR0,,,,,,", "2,01/05/2024,S,C2,N1,T1,,,,,,,", "3,01/05/2024,S,C2,N1,K2,PR5,,,,,,")
        #expect(flagged(Rule178(), [.episodes: e]).isEmpty)
        #expect(flagged(Rule178(), [.episodes: csv(.episodes, "1,01/05/2025,S,C2,N1,T4,PR1,,,,,,")], year: CollectionYear(2025)).isEmpty)
    }
}
