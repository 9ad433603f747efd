import Foundation
import Hearth
import HearthStore
import HearthSynth
import Testing

@Suite("Synthetic county round trip")
struct SyntheticRoundTripTests {
    @Test("slowRoundTripScaleOne: a scale-1 synthetic county saved and loaded equals the original",
          arguments: TestEngines.all)
    func slowRoundTripScaleOne(engine: StoreEngine) async throws {
        let county = SyntheticCounty.generate(SynthParameters(scale: 1, seed: 1))
        #expect(county.children.count > 1000)
        try await TestEngines.withStore(engine) { store, _ in
            try await store.save(county, by: "synth", checkingInvariants: false)
            let loaded = try #require(try await store.load(council: county.councilCode))
            #expect(loaded.children.count == county.children.count)
            #expect(loaded == county)
        }
    }
}
