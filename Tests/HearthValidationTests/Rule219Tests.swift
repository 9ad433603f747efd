import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule219Tests {
    let providers = TestProviders(providers: ["SC1": OfstedProvider(placementTypes: ["K2"], providerCodes: ["PR4"], postcode: "CT12BB", registrationEnd: Day(2024, 10, 1), localAuthority: "E10000016"), "SC2": OfstedProvider(placementTypes: ["K2"], providerCodes: ["PR1"], postcode: "ME11AA", localAuthority: "E10000016")])
    @Test func flagsAPlacementTypeTheURNDoesNotAllowAndUnknownURNs() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR4,,,,,,SC1", "2,01/05/2024,S,C2,N1,K2,PR4,,,,,,SC9", "3,01/05/2024,S,C2,N1,K2,PR4,,,,,,SC1")
        #expect(flagged(Rule219(), [.episodes: e], providers: providers) == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesAMatchAndThePlaceholder() {
        #expect(flagged(Rule219(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,K2,PR4,,,,,,SC1", "2,01/05/2024,S,C2,N1,U1,PR4,,,,,,XXXXXXX")], providers: providers).isEmpty)
        #expect(Rule219().needs == [.ofstedProviders])
    }
}
