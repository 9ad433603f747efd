import Foundation
import Hearth
import HearthReturns
import HearthStore
import Testing

/// `hearth import 903|cin` run as a user would, against a real SQLite store holding the fixture
/// county: merging by default, `--replace` for the old behaviour.
@Suite("hearth import commands")
struct ImportCommandTests {
    /// Runs `hearth ARGS` (built beside the tests by `swift build`) and returns (exit status, output).
    static func hearth(_ args: [String]) throws -> (Int32, String) {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: me).deletingLastPathComponent()
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: dir.appendingPathComponent("hearth").path) {
            dir = dir.deletingLastPathComponent()
        }
        let p = Process()
        p.executableURL = dir.appendingPathComponent("hearth")
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: StoreLocation.environmentVariable)
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A scratch directory with the fixture county in `store.sqlite` and its 2023/24 903 (plus N1)
    /// in `903/`, less the rows of any child in `without`.
    static func prepare(without: Set<String> = []) async throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-import-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/903", withIntermediateDirectories: true)
        let store = try await CaseStore.open(.sqlite(path: dir + "/store.sqlite"))
        try await store.save(try Fixture.county(), by: "setup")
        try await store.close()
        for (name, text) in try fixtureReturnFiles() {
            let kept = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { line in !without.contains { line.hasPrefix("\($0),") } }.joined(separator: "\n")
            try kept.write(toFile: dir + "/903/" + name, atomically: true, encoding: .utf8)
        }
        try Data(CINCensusWriter.xml(try Fixture.county(), year: CollectionYear(2023))).write(to: URL(fileURLWithPath: dir + "/cin.xml"))
        return dir
    }

    static func load(_ dir: String) async throws -> County {
        let store = try await CaseStore.open(.sqlite(path: dir + "/store.sqlite"))
        let county = try await store.load(council: "999")
        try await store.close()
        return try #require(county)
    }

    @Test("a 903 and then a CIN census merge into the store; counts printed; the rest kept")
    func mergeByDefault() async throws {
        let dir = try await Self.prepare()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (status, out) = try Self.hearth(["import", "903", dir + "/903", "--council", "999", "--database", dir + "/store.sqlite"])
        #expect(status == 0, "\(out)")
        #expect(out.contains("the import adds 1 child, updates 0, keeps 9 unchanged"))
        #expect(out.contains("merged the SSDA903 return into council 999 in \(dir)/store.sqlite in one transaction: added 1, updated 0, kept 9 unchanged"))
        let county = try await Self.load(dir)
        let before = try Fixture.county()
        #expect(county.children.count == 10)
        #expect(county.children.first { $0.id == "C2" } == before.children.first { $0.id == "C2" }, "C2 (children in need only) is kept")
        #expect(county.teams == before.teams && county.workers == before.workers)

        let (cinStatus, cinOut) = try Self.hearth(["import", "cin", dir + "/cin.xml", "--database", dir + "/store.sqlite"])
        #expect(cinStatus == 0, "\(cinOut)")
        #expect(cinOut.contains("added 0, updated 0, kept 10 unchanged"))
        #expect(try await Self.load(dir).children.map(\.id) == county.children.map(\.id))
    }

    @Test("a child in care in the year but missing from the 903 is a warning: refused without --accept-with-warnings, then kept")
    func absentChildWarns() async throws {
        let dir = try await Self.prepare(without: ["C3"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let args = ["import", "903", dir + "/903", "--council", "999", "--database", dir + "/store.sqlite"]
        let (refused, out) = try Self.hearth(args)
        #expect(refused != 0)
        #expect(out.contains(#"warning: SSDA903 return, CHILD = "C3": in the store with a period of care in 2023/24 but not in the return; kept"#), "\(out)")
        #expect(out.contains("1 warnings from merging: nothing imported"))
        #expect(try await Self.load(dir).children.count == 9)

        let (accepted, acceptedOut) = try Self.hearth(args + ["--accept-with-warnings"])
        #expect(accepted == 0, "\(acceptedOut)")
        #expect(acceptedOut.contains("added 1, updated 0, kept 9 unchanged"))
        let county = try await Self.load(dir)
        #expect(county.children.first { $0.id == "C3" } == (try Fixture.county()).children.first { $0.id == "C3" })
    }

    @Test("--replace keeps the old behaviour: the council becomes the return's county")
    func replaceFlag() async throws {
        let dir = try await Self.prepare()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (status, out) = try Self.hearth(["import", "903", dir + "/903", "--council", "999", "--replace", "--database", dir + "/store.sqlite"])
        #expect(status == 0, "\(out)")
        #expect(out.contains("replaced council 999"))
        let county = try await Self.load(dir)
        #expect(!county.children.contains { $0.id == "C2" })
        #expect(county.children.count == 9)
        let (_, help) = try Self.hearth(["import", "903", "--help"])
        #expect(help.contains("--replace"))
        #expect(help.contains("merged"))
    }

    @Test("--check-only previews the merge (counts and warnings) against the store and stores nothing")
    func checkOnlyPreviewsTheMerge() async throws {
        let dir = try await Self.prepare(without: ["C3"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let before = try await Self.load(dir)
        let (status, out) = try Self.hearth(["import", "903", dir + "/903", "--council", "999", "--check-only",
                                             "--database", dir + "/store.sqlite"])
        #expect(status == 0, "\(out)")
        #expect(out.contains("check only: the import adds 1 child, updates 0, keeps 9 unchanged; nothing was stored"), "\(out)")
        #expect(out.contains(#"CHILD = "C3": in the store with a period of care in 2023/24 but not in the return; kept"#), "\(out)")
        #expect(try await Self.load(dir) == before)

        // No store: nothing is created.
        let (none, noneOut) = try Self.hearth(["import", "903", dir + "/903", "--council", "999", "--check-only",
                                               "--database", dir + "/absent.sqlite"])
        #expect(none == 0, "\(noneOut)")
        #expect(noneOut.contains("there is no store at \(dir)/absent.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/absent.sqlite"))
    }
}
