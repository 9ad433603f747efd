import Foundation
import Hearth
import Logging
@testable import HearthServer
import NIOPosix
import PostgresKit
import SQLiteKit
import SQLKit
import Testing

/// One security store under test, on SQLite or on PostgreSQL, with a second connection of its
/// own for what an attacker would do behind the store's back.
struct SecurityStoreUnderTest {
    let store: SQLSecurityStore
    /// A separate connection to the same tables.
    let side: any SQLDatabase
    let cleanUp: @Sendable () async throws -> Void
    /// Reopens the store on the same tables (to check migrations run once).
    let reopen: @Sendable () async throws -> SQLSecurityStore

    static let postgresURL = ProcessInfo.processInfo.environment["HEARTH_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    /// SQLite always; PostgreSQL too when HEARTH_TEST_POSTGRES names a database.
    static let engines: [SQLSecurityStore.Engine] = [.sqlite] + (postgresURL == nil ? [] : [.postgres])

    static func open(_ engine: SQLSecurityStore.Engine) async throws -> SecurityStoreUnderTest {
        switch engine {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-security-\(UUID().uuidString).sqlite").path
            let store = try await SQLSecurityStore.open(path)
            let conn = try await SQLiteConnection.open(storage: .file(path: path))
            return SecurityStoreUnderTest(store: store, side: conn.sql(), cleanUp: {
                try await store.close()
                try await conn.close()
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }, reopen: { try await SQLSecurityStore.open(path) })
        case .postgres:
            // A schema of its own, so parallel runs (and other helpers' tests) never meet; dropped after.
            let base = try #require(postgresURL)
            let schema = "hearth_sec_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
            let url = base + (base.contains("?") ? "&" : "?") + "schema=\(schema)"
            let store = try await SQLSecurityStore.open(url)
            let conn = try await PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(),
                configuration: try SQLPostgresConfiguration(url: base).coreConfiguration, id: 2,
                logger: Logger(label: "test"))
            let side = conn.sql()
            try await side.raw("SET client_min_messages = warning").run()
            try await side.raw("SET search_path TO \(unsafeRaw: schema)").run()
            return SecurityStoreUnderTest(store: store, side: side, cleanUp: {
                try await store.close()
                try await side.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
                try await conn.close()
            }, reopen: { try await SQLSecurityStore.open(url) })
        }
    }
}

extension SQLSecurityStore.Engine: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}

@Suite("Security store on SQLite and PostgreSQL")
struct SecurityStoreTests {
    @Test("users: add, find by name and id, list, refuse a duplicate; the password check works on the stored hash",
          arguments: SecurityStoreUnderTest.engines)
    func users(_ engine: SQLSecurityStore.Engine) async throws {
        let t = try await SecurityStoreUnderTest.open(engine)
        let a = try await UserAdministration.addUser(t.store, name: "zoe", role: .socialWorker,
                                                     scope: StaffScope(worker: "W1", team: "T1"), password: "pass-zoe", cost: 4)
        let b = try await UserAdministration.addUser(t.store, name: "adam", role: .administrator, scope: StaffScope(),
                                                     password: "pass-adam", cost: 4)
        #expect(a.id != b.id)
        let found = try #require(try await t.store.user(named: "zoe"))
        #expect(found.role == .socialWorker && found.scope.worker == "W1" && found.scope.team == "T1" && found.scope.area == nil)
        #expect(!found.disabled)
        #expect(try await t.store.user(id: b.id)?.name == "adam")
        #expect(try await t.store.user(named: "nobody") == nil)
        #expect(try await t.store.users().map(\.name) == ["adam", "zoe"])
        #expect(Secrets.verifyPassword("pass-zoe", hash: found.passwordHash))
        #expect(!Secrets.verifyPassword("pass-adam", hash: found.passwordHash))
        await #expect(throws: StoreError.self) {
            try await t.store.addUser(name: "zoe", role: .teamManager, scope: StaffScope(team: "T1"), passwordHash: "x")
        }
        try await t.cleanUp()
    }

    @Test("sessions and API tokens: saved by hash, found, deleted", arguments: SecurityStoreUnderTest.engines)
    func sessionsAndTokens(_ engine: SQLSecurityStore.Engine) async throws {
        let t = try await SecurityStoreUnderTest.open(engine)
        let u = try await t.store.addUser(name: "tess", role: .teamManager, scope: StaffScope(team: "T1"), passwordHash: "h")
        let created = Date(timeIntervalSince1970: 1_780_000_000.25)
        let s = WebSession(tokenHash: Secrets.sha256Hex("cookie"), userID: u.id, csrfToken: "csrf-1", created: created,
                           expires: created.addingTimeInterval(3600))
        try await t.store.saveSession(s)
        #expect(try await t.store.session(tokenHash: s.tokenHash) == s)
        #expect(try await t.store.session(tokenHash: Secrets.sha256Hex("other")) == nil)
        try await t.store.deleteSession(tokenHash: s.tokenHash)
        #expect(try await t.store.session(tokenHash: s.tokenHash) == nil)

        let token = try await UserAdministration.issueAPIToken(t.store, for: u, label: "script")
        #expect(token.hasPrefix("hth_"))
        #expect(try await t.store.userID(forAPITokenHash: Secrets.sha256Hex(token)) == u.id)
        #expect(try await t.store.userID(forAPITokenHash: token) == nil)  // only the hash is stored
        try await t.cleanUp()
    }

    @Test("audit: appends chain, filters work, UPDATE/DELETE are refused, and an edit behind the triggers is detected",
          arguments: SecurityStoreUnderTest.engines)
    func auditChain(_ engine: SQLSecurityStore.Engine) async throws {
        let t = try await SecurityStoreUnderTest.open(engine)
        let at = Date(timeIntervalSince1970: 1_780_000_000)
        let events: [(AuditAction, String)] = [(.signIn, "-"), (.viewChild, "C1"), (.export, "children.csv"), (.viewChild, "C12")]
        var entries: [AuditEntry] = []
        for (i, (action, subject)) in events.enumerated() {
            entries.append(try await t.store.appendAudit(AuditEvent(
                at: at.addingTimeInterval(Double(i)), userID: 7, userName: "tess", role: "team-manager", action: action,
                subject: subject, remote: "127.0.0.1")))
        }
        #expect(entries.map(\.sequence) == [1, 2, 3, 4])
        #expect(entries[0].previousHash == AuditEntry.genesisHash)
        #expect(entries[1].previousHash == entries[0].hash)
        let intact = try await t.store.verifyAuditChain()
        #expect(intact.isIntact && intact.rowsChecked == 4)

        #expect(try await t.store.auditEntries(AuditFilter(action: .viewChild)).map(\.event.subject) == ["C12", "C1"])
        #expect(try await t.store.auditEntries(AuditFilter(subjectContains: "C1")).count == 2)
        #expect(try await t.store.auditEntries(AuditFilter(userName: "tess", from: at.addingTimeInterval(2))).count == 2)
        let stored = try #require(try await t.store.auditEntries(AuditFilter(subjectContains: "children.csv")).first)
        #expect(stored == entries[2])

        // The database refuses to change or remove rows...
        await #expect(throws: (any Error).self) {
            try await t.side.raw("UPDATE hearth_audit_log SET subject = 'C2' WHERE seq = 2").run()
        }
        await #expect(throws: (any Error).self) { try await t.side.raw("DELETE FROM hearth_audit_log WHERE seq = 4").run() }
        if engine == .postgres {
            await #expect(throws: (any Error).self) { try await t.side.raw("TRUNCATE hearth_audit_log").run() }
        }
        #expect(try await t.store.verifyAuditChain().rowsChecked == 4)

        // ...and whoever switches the triggers off and edits a row is caught by the chain.
        switch engine {
        case .sqlite: try await t.side.raw("DROP TRIGGER hearth_audit_log_no_update").run()
        case .postgres: try await t.side.raw("ALTER TABLE hearth_audit_log DISABLE TRIGGER hearth_audit_log_no_change").run()
        }
        try await t.side.raw("UPDATE hearth_audit_log SET subject = 'C2' WHERE seq = 2").run()
        let broken = try await t.store.verifyAuditChain()
        #expect(!broken.isIntact)
        #expect(broken.firstBrokenSequence == 2)
        #expect(broken.problem?.contains("altered") == true)
        try await t.cleanUp()
    }

    @Test("concurrent appends queue up: every row gets its own number and the chain stays intact",
          arguments: SecurityStoreUnderTest.engines)
    func concurrentAppends(_ engine: SQLSecurityStore.Engine) async throws {
        let t = try await SecurityStoreUnderTest.open(engine)
        let store = t.store
        let sequences = try await withThrowingTaskGroup(of: Int.self) { g in
            for i in 0..<40 {
                g.addTask {
                    try await store.appendAudit(AuditEvent(userID: nil, userName: "u\(i)", role: "-", action: .export,
                                                           subject: "file \(i)", remote: "::1")).sequence
                }
            }
            return try await g.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sequences.sorted() == Array(1...40))
        let report = try await store.verifyAuditChain()
        #expect(report.isIntact && report.rowsChecked == 40)
        try await t.cleanUp()
    }

    @Test("migrations are recorded and run once; reopening keeps the data", arguments: SecurityStoreUnderTest.engines)
    func migrationsRunOnce(_ engine: SQLSecurityStore.Engine) async throws {
        let t = try await SecurityStoreUnderTest.open(engine)
        _ = try await t.store.addUser(name: "ann", role: .areaManager, scope: StaffScope(area: "A1"), passwordHash: "h")
        try await t.store.appendAudit(AuditEvent(userID: 1, userName: "ann", role: "area-manager", action: .signIn,
                                                 subject: "-", remote: "::1"))
        let again = try await t.reopen()
        #expect(try await again.user(named: "ann")?.scope.area == "A1")
        #expect(try await again.verifyAuditChain().rowsChecked == 1)
        try await again.close()
        #expect(try await SecurityMigrations.version(of: t.side) == SecurityMigrations.all.last?.version)
        let rows = try await t.side.raw("SELECT COUNT(*) AS n FROM hearth_web_migrations").first()
        #expect(try rows?.decode(column: "n", as: Int.self) == SecurityMigrations.all.count)
        try await t.cleanUp()
    }
}
