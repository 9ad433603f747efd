import Foundation
import Hearth
import HearthStore
import HearthSynth
import Testing

/// Synthetic counties saved and loaded must equal the original. A twentieth of Kent (over the
/// 2,000-child threshold, so read in parallel key ranges) runs in every
/// test run; the full scale-1 county (68,000 children, 2.2 million rows: minutes in a debug
/// build) runs when `HEARTH_TEST_FULL_SCALE` is set, and `hearth-bench store` checks it in release.
@Suite("Synthetic county round trip")
struct SyntheticRoundTripTests {
    static var fullScale: Bool { ProcessInfo.processInfo.environment["HEARTH_TEST_FULL_SCALE"] != nil }

    static func roundTrip(scale: Double, engine: StoreEngine) async throws {
        let county = SyntheticCounty.generate(SynthParameters(scale: scale, seed: 1))
        #expect(county.children.count > Int(1000 * scale))
        // Over `load`'s 2,000-child threshold, so the parallel key-range read is what is tested.
        #expect(county.children.count >= 2_000)
        try await TestEngines.withStore(engine) { store, _ in
            try await store.save(county, by: "synth", checkingInvariants: false)
            let loaded = try #require(try await store.load(council: county.councilCode))
            #expect(loaded.children.count == county.children.count)
            #expect(loaded == county)
        }
    }

    @Test("slowRoundTripSynthetic: a scale-0.05 synthetic county (3,400 children, read in parallel key ranges) loads back equal", arguments: TestEngines.all)
    func slowRoundTripSynthetic(engine: StoreEngine) async throws {
        try await Self.roundTrip(scale: 0.05, engine: engine)
    }

    @Test("slowRoundTripScaleOne: a scale-1 synthetic county loads back equal",
          .enabled(if: fullScale), arguments: TestEngines.all)
    func slowRoundTripScaleOne(engine: StoreEngine) async throws {
        try await Self.roundTrip(scale: 1, engine: engine)
    }
}
