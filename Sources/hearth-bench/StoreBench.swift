import ArgumentParser
import Foundation
import Hearth
import HearthStore
import HearthSynth

/// `hearth-bench store`: save, load and stream times of synthetic counties, on SQLite and (given
/// a URL) PostgreSQL. The target is a scale-1 county loading from SQLite in ≤ 2 s (release).
///
/// Every loaded county is compared with the original, and every streamed set of children with
/// the original's; any difference is printed and the command exits with status 1, so the
/// benchmark doubles as the scale-1 and scale-10 round-trip check.
struct StoreBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Save, load and stream times of synthetic counties in the store.")

    @Option(help: "Comma-separated scales to measure.") var scales: String = "1,10"
    @Option(help: "Synthetic county seed.") var seed: UInt64 = 1
    @Option(help: "Engines to measure: sqlite, postgres or both (postgres needs a URL).")
    var engines: String = "sqlite,postgres"
    @Option(help: "PostgreSQL URL (default: $HEARTH_TEST_POSTGRES).") var database: String?
    @Option(help: "Directory for the SQLite files (removed afterwards).") var directory: String = NSTemporaryDirectory()
    @Option(help: "Loads per county; the fastest is reported (the first warms the file cache).") var loads: Int = 3
    @Option(help: "Children per batch for the streamed read (0 skips it).") var batch: Int = 5_000

    func run() async throws {
        let scaleList = scales.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        let wanted = Set(engines.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        let postgres = (database ?? ProcessInfo.processInfo.environment["HEARTH_TEST_POSTGRES"]).flatMap { $0.isEmpty ? nil : $0 }
        if wanted.contains("postgres") && postgres == nil {
            print("(PostgreSQL skipped: no --database URL and HEARTH_TEST_POSTGRES unset)")
        }
        print("cpu = process CPU seconds (all threads; for PostgreSQL the server's CPU is not included)")
        print("engine      scale  children      rows   save s  cpu s   load s  cpu s  stream s  equal")
        var failures: [String] = []
        for scale in scaleList {
            let county = SyntheticCounty.generate(SynthParameters(scale: scale, seed: seed))
            if wanted.contains("sqlite") {
                let path = directory + "/hearth-bench-\(UUID().uuidString).sqlite"
                failures += try await measure(county, scale: scale, at: .sqlite(path: path))
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            if wanted.contains("postgres"), let postgres {
                let schema = "bench_\(UInt32.random(in: 0...UInt32.max))"
                let url = postgres + (postgres.contains("?") ? "&" : "?") + "schema=\(schema)"
                do {
                    failures += try await measure(county, scale: scale, at: .postgres(url: url))
                } catch {
                    try? await CaseStore.dropPostgresSchema(schema, url: postgres)
                    throw error
                }
                try await CaseStore.dropPostgresSchema(schema, url: postgres)
            }
        }
        if !failures.isEmpty {
            for f in failures { print("ROUND TRIP FAILED: \(f)") }
            throw ExitCode(1)
        }
    }

    /// Saves, loads (`loads` times) and streams `county`; returns what did not round-trip.
    private func measure(_ county: County, scale: Double, at location: StoreLocation) async throws -> [String] {
        let store = try await CaseStore.open(location)
        let engine = location.engine.rawValue
        var failures: [String] = []
        let (summary, save) = try await timed { try await store.save(county, by: "bench", checkingInvariants: false) }
        var best: (wall: Double, cpu: Double)?
        for _ in 0..<max(1, loads) {
            let (loaded, load) = try await timed { try await store.load(council: county.councilCode) }
            if best == nil || load.wall < best!.wall { best = load }
            if let problem = Self.difference(loaded, county) { failures.append("\(engine) scale \(scale) load: \(problem)") }
        }
        var streamText = "       -"
        if batch > 0 {
            // Each batch is checked against the original as it arrives and then dropped, so the
            // stream's memory stays bounded here too.
            var position: [ChildID: Int] = [:]
            for (i, c) in county.children.enumerated() { position[c.id] = i }
            let positions = position
            let (check, stream) = try await timed { () -> (seen: Int, wrong: Int, repeated: Int) in
                var seen = Set<Int>(), wrong = 0, repeated = 0
                try await store.streamChildren(council: county.councilCode, batchSize: batch) { children in
                    for c in children {
                        guard let i = positions[c.id], county.children[i] == c else { wrong += 1; continue }
                        if !seen.insert(i).inserted { repeated += 1 }
                    }
                }
                return (seen.count, wrong, repeated)
            }
            streamText = String(format: "%8.2f", stream.wall)
            if check.seen != county.children.count || check.wrong > 0 || check.repeated > 0 {
                failures.append("\(engine) scale \(scale) stream: \(check.seen) of \(county.children.count) children equal, \(check.wrong) unequal or unknown, \(check.repeated) repeated")
            }
        }
        try await store.close()
        let line = [engine.padding(toLength: 10, withPad: " ", startingAt: 0),
                    String(format: "%6.1f", scale), String(format: "%9d", county.children.count),
                    String(format: "%9d", summary.rows), String(format: "%8.2f", save.wall), String(format: "%6.2f", save.cpu),
                    String(format: "%8.2f", best!.wall), String(format: "%6.2f", best!.cpu), streamText,
                    failures.isEmpty ? "  yes" : "   NO"]
        print(line.joined(separator: " "))
        return failures
    }

    private func timed<T>(_ body: () async throws -> T) async throws -> (T, (wall: Double, cpu: Double)) {
        let clock = ContinuousClock()
        let cpu = PeakMemory.cpuSeconds()
        let start = clock.now
        let result = try await body()
        return (result, ((clock.now - start).seconds, PeakMemory.cpuSeconds() - cpu))
    }

    /// Where `loaded` first differs from `original`, or nil when they are equal.
    static func difference(_ loaded: County?, _ original: County) -> String? {
        guard let loaded else { return "council \(original.councilCode) not found" }
        if loaded == original { return nil }
        if loaded.children.count != original.children.count {
            return "\(loaded.children.count) children loaded, \(original.children.count) saved"
        }
        for (a, b) in zip(loaded.children, original.children) where a != b {
            return "child \(b.id) differs (first of the children that do)"
        }
        var structure = loaded
        structure.children = original.children
        return structure == original ? "equal children but unequal county" : "council structure (areas, teams, workers, posts, households, postcodes) differs"
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
