import ArgumentParser
import Foundation
import Hearth
import HearthStore
import HearthSynth

/// `hearth-bench store`: save and load times of synthetic counties, on SQLite and (given a
/// URL) PostgreSQL. The target is a scale-1 county loading from SQLite in ≤ 2 s (release).
struct StoreBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Save and load times of synthetic counties in the store.")

    @Option(help: "Comma-separated scales to measure.") var scales: String = "1,10"
    @Option(help: "Synthetic county seed.") var seed: UInt64 = 1
    @Option(help: "PostgreSQL URL to measure too (default: $HEARTH_TEST_POSTGRES).")
    var database: String?
    @Option(help: "Directory for the SQLite files (removed afterwards).") var directory: String = NSTemporaryDirectory()

    func run() async throws {
        let scaleList = scales.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        let postgres = database ?? ProcessInfo.processInfo.environment["HEARTH_TEST_POSTGRES"]
        print("engine      scale  children      rows   save s   load s  equal")
        for scale in scaleList {
            let county = SyntheticCounty.generate(SynthParameters(scale: scale, seed: seed))
            let path = directory + "/hearth-bench-\(UUID().uuidString).sqlite"
            try await measure(county, scale: scale, at: .sqlite(path: path))
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            if let postgres, !postgres.isEmpty {
                let schema = "bench_\(UInt32.random(in: 0...UInt32.max))"
                let url = postgres + (postgres.contains("?") ? "&" : "?") + "schema=\(schema)"
                try await measure(county, scale: scale, at: .postgres(url: url))
                try await dropSchema(schema, url: postgres)
            }
        }
    }

    private func measure(_ county: County, scale: Double, at location: StoreLocation) async throws {
        let store = try await CaseStore.open(location)
        let clock = ContinuousClock()
        var summary: SaveSummary?
        let save = try await clock.measure { summary = try await store.save(county, by: "bench", checkingInvariants: false) }
        var loaded: County?
        let load = try await clock.measure { loaded = try await store.load(council: county.councilCode) }
        try await store.close()
        let line = [location.engine.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0),
                    String(format: "%6.1f", scale), String(format: "%9d", county.children.count),
                    String(format: "%9d", summary?.rows ?? 0), String(format: "%8.2f", save.seconds),
                    String(format: "%8.2f", load.seconds), loaded == county ? "  yes" : "  NO"]
        print(line.joined(separator: " "))
    }

    /// Leaves the database as it was.
    private func dropSchema(_ schema: String, url: String) async throws {
        try await CaseStore.dropPostgresSchema(schema, url: url)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
