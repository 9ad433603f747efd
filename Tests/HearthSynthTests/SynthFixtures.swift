import Foundation
import Hearth
@testable import HearthSynth

/// Counties shared by the tests, generated once per test run.
enum SynthFixtures {
    /// Kent-sized. Two years of history: the stock on the extract date comes from the burn-in,
    /// so two years calibrate as well as five and keep the debug-build test quick.
    static let kent: SyntheticCountyRun = SyntheticCounty.simulate(SynthParameters(scale: 1, seed: 1, years: 2))

    /// A small county for archive tests.
    static let small: County = SyntheticCounty.generate(SynthParameters(scale: 0.05, seed: 7, years: 1))

    static func temporaryDirectory(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearth-synth-tests-\(ProcessInfo.processInfo.processIdentifier)-\(name)").path
        try? FileManager.default.removeItem(atPath: dir)
        return dir
    }

    static func files(in dir: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            out[name] = FileManager.default.contents(atPath: dir + "/" + name)
        }
        return out
    }
}
