import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule213Tests {
    @Test func flagsAProviderOnATemporaryPlacement() {
        #expect(flagged(Rule213(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,T2,PR1,,,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,")]) == ["Episodes:0"])
        #expect(flagged(Rule213(), [.episodes: csv(.episodes, "1,01/05/2025,S,C2,N1,Z12,PR1,,,,,,")], year: CollectionYear(2025)) == ["Episodes:0"])
    }
    @Test func passesATemporaryPlacementWithoutOne() {
        #expect(flagged(Rule213(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,T2,,,,,,,")]).isEmpty)
    }
}
