import Testing
@testable import HearthValidation

@Suite struct Rule1008Tests {
    let episodes = "CHILD,DECOM,URN\nA,01/05/2024,SC123456\nB,01/05/2024,SC999999\nC,01/05/2024,XXXXXXX\nD,01/05/2024,\n"
    @Test func flagsAURNNotOnOfstedsLists() {
        let found = hitsWithOptionalInputs(Rule1008(), [.episodes: episodes], providers: Batch2ProviderList(urns: ["SC123456"]))
        #expect(found.flaggedRowKeys == ["Episodes:1"])
    }
    @Test func passesRegisteredURNsAndThePlaceholder() {
        #expect(hitsWithOptionalInputs(Rule1008(), [.episodes: episodes], providers: Batch2ProviderList(urns: ["SC123456", "SC999999"])).isEmpty)
    }
    @Test func needsTheProviderLists() { #expect(Rule1008().needs == [.ofstedProviders]) }
}
