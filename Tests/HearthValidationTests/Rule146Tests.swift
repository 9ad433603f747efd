import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule146Tests {
    @Test func flagsCodesNotValidInTheYear() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,K3,PR1,,,,,,", "2,01/05/2024,S,C2,N1,Q1,PR1,,,,,,", "3,01/05/2024,S,C2,N1,H5,PR1,,,,,,")
        #expect(flagged(Rule146(), [.episodes: e], year: CollectionYear(2023)) == ["Episodes:0", "Episodes:1"])
        #expect(flagged(Rule146(), [.episodes: e], year: CollectionYear(2025)) == ["Episodes:1", "Episodes:2"])
    }
    @Test func passesK3From2024AndBlank() {
        #expect(flagged(Rule146(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,K3,PR1,,,,,,", "2,01/05/2024,S,C2,N1,,PR1,,,,,,")]).isEmpty)
    }
}
