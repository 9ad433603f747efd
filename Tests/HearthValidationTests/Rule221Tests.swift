import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule221Tests {
    let providers = TestProviders(providers: ["SC1": OfstedProvider(placementTypes: ["K2"], providerCodes: ["PR4"], postcode: "CT12BB", registrationEnd: Day(2024, 10, 1), localAuthority: "E10000016"), "SC2": OfstedProvider(placementTypes: ["K2"], providerCodes: ["PR1"], postcode: "ME11AA", localAuthority: "E10000016")])
    @Test func flagsAPostcodeThatIsNotTheProviders() {
        #expect(flagged(Rule221(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,K2,PR4,,,,,ME1 1AA,SC1", "2,01/05/2024,S,C2,N1,K2,PR4,,,,,CT1 2BB,SC1")], providers: providers) == ["Episodes:0"])
    }
    @Test func passesOtherPlacementTypesAndShortBreaks() {
        #expect(flagged(Rule221(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR4,,,,,ME1 1AA,SC1", "2,01/05/2024,S,V3,N1,K2,PR4,,,,,ME1 1AA,SC1")], providers: providers).isEmpty)
    }
}
