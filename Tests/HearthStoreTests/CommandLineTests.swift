import Foundation
import Hearth
import HearthStore
import Testing

/// `hearth db …` run as a user would, against a real SQLite file.
@Suite("hearth db commands")
struct CommandLineTests {
    /// Runs `hearth ARGS` and returns (exit status, stdout + stderr).
    static func hearth(_ args: [String], environment: [String: String] = [:]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try KillDuringImportTests.hearthExecutable())
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: StoreLocation.environmentVariable)
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("migrate, load, status, dump and backup")
    func commands() throws {
        let dir = Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let db = dir + "/kent.sqlite"
        let county = Fixtures.full(council: "886", children: 4)
        try JSONEncoder().encode(county).write(to: URL(fileURLWithPath: dir + "/in.json"))

        let (missing, missingText) = try Self.hearth(["db", "status", "--database", db])
        #expect(missing != 0)
        #expect(missingText.contains("no store at \(db)"))

        let (m, mText) = try Self.hearth(["db", "migrate", "--database", db])
        #expect(m == 0)
        #expect(mText.contains("schema migrated 0 → 2"))

        // HEARTH_DATABASE_URL chooses the store when --database is absent.
        let (l, lText) = try Self.hearth(["db", "load", dir + "/in.json", "--by", "tester"],
                                         environment: [StoreLocation.environmentVariable: db])
        #expect(l == 0, "\(lText)")
        #expect(lText.contains("886 Fixture 886: 4 children"))

        let (s, sText) = try Self.hearth(["db", "status", "--database", db])
        #expect(s == 0)
        #expect(sText.contains("schema version: 2"))
        #expect(sText.contains("886 Fixture 886: 4 children"))
        #expect(sText.range(of: #"placements\s+8\n"#, options: .regularExpression) != nil, "\(sText)")
        #expect(sText.range(of: #"children\s+4\n"#, options: .regularExpression) != nil)

        let (d, _) = try Self.hearth(["db", "dump", "--council", "886", "--database", db, dir + "/out.json"])
        #expect(d == 0)
        let dumped = try JSONDecoder().decode(County.self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/out.json")))
        #expect(dumped == county)

        let (b, _) = try Self.hearth(["db", "backup", dir + "/copy.sqlite", "--database", db])
        #expect(b == 0)
        #expect(FileManager.default.fileExists(atPath: dir + "/copy.sqlite"))

        // Bad input: a clear error naming the file, and the store untouched.
        try Data("{\"councilCode\": 886}".utf8).write(to: URL(fileURLWithPath: dir + "/bad.json"))
        let (bad, badText) = try Self.hearth(["db", "load", dir + "/bad.json", "--database", db])
        #expect(bad != 0)
        #expect(badText.contains("bad.json: not a county JSON document"))
    }
}
