import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule224Tests {
    let providers = TestProviders(providers: ["SC1": OfstedProvider(placementTypes: ["K2"], providerCodes: ["PR4"], postcode: "CT12BB", registrationEnd: Day(2024, 10, 1), localAuthority: "E10000016"), "SC2": OfstedProvider(placementTypes: ["K2"], providerCodes: ["PR1"], postcode: "ME11AA", localAuthority: "E10000016")])
    @Test func flagsAProviderCodeThatDoesNotFit() {
        #expect(flagged(Rule224(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,K2,PR1,,,,,,SC1", "2,01/05/2024,S,C2,N1,K2,PR4,,,,,,SC1")], providers: providers) == ["Episodes:0"])
    }
    @Test func passesAFittingCode() {
        #expect(flagged(Rule224(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,K2,PR1,,,,,,SC2")], providers: providers).isEmpty)
    }
}
