import Foundation
import Hearth
@testable import HearthStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// All-or-nothing imports under SIGKILL: a real `hearth db load` in a child process is killed at
/// a random moment, then the store is reopened and must hold exactly the county from before
/// the import or exactly the one it imported, and pass `PRAGMA integrity_check`.
@Suite("Imports killed at random points", .serialized)
struct KillDuringImportTests {
    static let trials = 200
    static let council = "886"

    /// The `hearth` executable built beside this test binary.
    static func hearthExecutable() throws -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: me).deletingLastPathComponent()
        // macOS-style bundles nest the binary; climb until the build directory.
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: dir.appendingPathComponent("hearth").path) {
            dir = dir.deletingLastPathComponent()
        }
        let path = dir.appendingPathComponent("hearth").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw StoreError.backupUnavailable(reason: "no hearth executable beside the tests at \(path): build it (swift build) first")
        }
        return path
    }

    /// Starts `hearth db load --progress`, its stage lines going to `log`.
    static func runImport(_ hearth: String, file: String, database: String, log: String? = nil) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: hearth)
        p.arguments = ["db", "load", file, "--database", database, "--by", "kill-test", "--progress"]
        if let log {
            _ = FileManager.default.createFile(atPath: log, contents: nil)
            p.standardOutput = FileHandle(forWritingAtPath: log)
        } else {
            p.standardOutput = FileHandle.nullDevice
        }
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// How far the killed import got, from the stage lines it wrote before dying.
    enum Stage { case notBegun, inTransaction, committed }
    static func stage(_ log: String) -> Stage {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        if text.contains("progress: committed") { return .committed }
        if text.contains("progress: begun") { return .inTransaction }
        return .notBegun
    }

    @Test("slowKillDuringImport: 200 SIGKILLs leave the store exactly before or after, never corrupt")
    func slowKillDuringImport() async throws {
        let hearth = try Self.hearthExecutable()
        let dir = Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let database = dir + "/hearth.sqlite"

        // Two versions of the same council; each trial imports the one the store does not hold.
        let counties = [Fixtures.sized(council: Self.council, children: 120, variant: 0),
                        Fixtures.sized(council: Self.council, children: 160, variant: 1)]
        let files = [dir + "/a.json", dir + "/b.json"]
        for (county, file) in zip(counties, files) { try JSONEncoder().encode(county).write(to: URL(fileURLWithPath: file)) }

        // Expected row counts for each state, and the time an unkilled import takes.
        var expected: [[String: Int]] = []
        for file in files {
            let p = try Self.runImport(hearth, file: file, database: database)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            let store = try await CaseStore.open(.sqlite(path: database))
            expected.append(Dictionary(uniqueKeysWithValues: try await store.rowCounts(council: Self.council, in: Schema.countyTables).map { ($0.table, $0.rows) }))
            try await store.close()
        }
        #expect(expected[0] != expected[1])
        var full: [Double] = []
        for _ in 0..<3 {
            let started = Date()
            let p = try Self.runImport(hearth, file: files[0], database: database)
            p.waitUntilExit()
            full.append(Date().timeIntervalSince(started))
        }
        let importTime = full.sorted()[1]
        var holding = 0  // the store now holds counties[0]

        var before = 0, after = 0, corrupt = 0, midTransaction = 0
        var failures: [String] = []
        let log = dir + "/progress.log"
        for trial in 0..<Self.trials {
            let target = 1 - holding
            let delay = Double.random(in: 0...(importTime * 1.15))
            let p = try Self.runImport(hearth, file: files[target], database: database, log: log)
            try await Task.sleep(nanoseconds: UInt64(delay * 1e9))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let stage = Self.stage(log)
            if stage == .inTransaction { midTransaction += 1 }

            let store = try await CaseStore.open(.sqlite(path: database))
            let integrity = try await store.integrityCheck()
            let counts = Dictionary(uniqueKeysWithValues: try await store.rowCounts(council: Self.council, in: Schema.countyTables).map { ($0.table, $0.rows) })
            let loaded = try await store.load(council: Self.council)
            // A one-council save drops and rebuilds the secondary indexes inside its transaction.
            let indexes = try await store.connection.rows("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'")
                .first?.decode(column: "n", as: Int.self) ?? 0
            try await store.close()

            // Killed before BEGIN: must be as before. After the committed line: must be as after.
            // In between: either (the kill may fall between COMMIT and the line being written).
            if indexes != Migration.indexes.count {
                corrupt += 1
                failures.append("trial \(trial) (kill after \(Int(delay * 1000)) ms, \(stage)): \(indexes) indexes, not \(Migration.indexes.count)")
            } else if integrity == ["ok"], counts == expected[holding], loaded == counties[holding], stage != .committed {
                before += 1
            } else if integrity == ["ok"], counts == expected[target], loaded == counties[target], stage != .notBegun {
                after += 1
                holding = target
            } else {
                corrupt += 1
                failures.append("trial \(trial) (kill after \(Int(delay * 1000)) ms, \(stage)): integrity \(integrity ?? []), counts \(counts)")
            }
        }
        print("slowKillDuringImport: \(Self.trials) trials, unkilled import \(Int(importTime * 1000)) ms; " +
              "killed inside the transaction: \(midTransaction); " +
              "store as before: \(before), as after: \(after), corrupt or half-imported: \(corrupt)")
        #expect(corrupt == 0, "\(failures.prefix(5).joined(separator: "\n"))")
        #expect(before + after == Self.trials)
        // Kills must land both before and after the commit for the test to mean anything.
        #expect(before > 0)
        #expect(after > 0)
        #expect(midTransaction >= Self.trials / 10)
    }
}
