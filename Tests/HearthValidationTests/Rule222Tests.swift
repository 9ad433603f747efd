import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule222Tests {
    @Test func flagsAURNOnAnUnregisteredPlacementType() {
        #expect(flagged(Rule222(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,P1,PR1,,,,,,SC1", "2,01/05/2024,S,C2,N1,Z1,PR1,,,,,,SC1")]) == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesThePlaceholderAndRegisteredTypes() {
        #expect(flagged(Rule222(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,P1,PR1,,,,,,XXXXXXX", "2,01/05/2024,S,C2,N1,K2,PR1,,,,,,SC1")]).isEmpty)
    }
}
