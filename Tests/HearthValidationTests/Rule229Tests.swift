import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule229Tests {
    let providers = TestProviders(providers: ["SC1": OfstedProvider(placementTypes: ["K2"], providerCodes: ["PR4"], postcode: "CT12BB", registrationEnd: Day(2024, 10, 1), localAuthority: "E10000016"), "SC2": OfstedProvider(placementTypes: ["K2"], providerCodes: ["PR1"], postcode: "ME11AA", localAuthority: "E10000016")])
    @Test func flagsOwnProvisionOutsideAndOtherCouncilsInside() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,K2,PR2,,,,,,SC2", "2,01/05/2024,S,C2,N1,K2,PR1,,,,,,SC2")
        #expect(flagged(Rule229(), [.episodes: e], providers: providers, la: "E10000016") == ["Episodes:0"])
        #expect(flagged(Rule229(), [.episodes: e], providers: providers, la: "E09000001") == ["Episodes:1"])
    }
    @Test func passesOtherProviderKinds() {
        #expect(flagged(Rule229(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,K2,PR4,,,,,,SC1")], providers: providers, la: "E10000016").isEmpty)
    }
}
