import Foundation
import SQLKit

/// The start-up check: compare the database's schema version with this build's and refuse,
/// create or migrate.
enum SchemaCheck {
    static func run(on c: Connection, location: StoreLocation, upgrade: Bool) async throws -> MigrationReport? {
        let found = try await SchemaMigrations.currentVersion(c)
        let supported = Schema.currentVersion
        if found > supported {
            throw StoreError.schemaTooNew(found: found, supported: supported, location: location.description)
        }
        guard found < supported else { return nil }
        guard upgrade else {
            throw StoreError.schemaTooOld(found: found, supported: supported, location: location.description)
        }
        var backup: String?
        if found > 0, case .sqlite(let path) = location {
            // A migration that goes wrong half way must never cost a council its records.
            let target = "\(path).v\(found)-\(Timestamp.fileStamp()).bak"
            try await Backup.sqlite(c, to: target)
            backup = target
        }
        try await SchemaMigrations.apply(c, from: found, to: supported)
        return MigrationReport(from: found, to: supported, backup: backup)
    }
}

enum Backup {
    /// A consistent, compacted copy of a live SQLite database (`VACUUM INTO`), safe while
    /// others read it.
    static func sqlite(_ c: Connection, to path: String) async throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.backupExists(path: path) }
        let quoted = path.replacingOccurrences(of: "'", with: "''")
        try await c.run("VACUUM INTO '\(quoted)'")
    }

    /// PostgreSQL is backed up with the server's own tool, `pg_dump` (custom format, restored
    /// with `pg_restore`), which must be on PATH; a council's DBA usually has their own regime.
    static func postgres(url: String, to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.backupExists(path: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // pg_dump does not understand the TLS query options the Swift driver accepts.
        let (plain, schema) = try PostgresSchemaOption.split(url)
        let libpqURL = plain.replacingOccurrences(of: "tlsmode=", with: "sslmode=")
        process.arguments = ["pg_dump", "--format=custom", "--file", path] + (schema.map { ["--schema=\($0)"] } ?? []) + [libpqURL]
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch {
            throw StoreError.backupUnavailable(reason: "cannot run pg_dump: \(error)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw StoreError.backupUnavailable(reason: "pg_dump failed (\(process.terminationStatus)): \(text)")
        }
    }
}

extension CaseStore {
    /// Copies the whole store to `path`: `VACUUM INTO` on SQLite, `pg_dump` on PostgreSQL.
    public func backup(to path: String) async throws {
        try await exclusively {
            switch location {
            case .sqlite: try await Backup.sqlite(connection, to: path)
            case .postgres(let url): try Backup.postgres(url: url, to: path)
            }
        }
    }

    /// SQLite's `PRAGMA integrity_check` lines ("ok" when sound); nil on PostgreSQL, which has
    /// no equivalent single check.
    public func integrityCheck() async throws -> [String]? {
        guard engine == .sqlite else { return nil }
        return try await exclusively {
            try await connection.rows("PRAGMA integrity_check").map { try $0.decode(column: "integrity_check", as: String.self) }
        }
    }
}

extension CaseStore {
    /// Drops a PostgreSQL schema and everything in it: for benchmarks and tests that work in a
    /// throw-away `?schema=` of a shared database. Never used on a council's own schema.
    public static func dropPostgresSchema(_ schema: String, url: String) async throws {
        let (plain, _) = try PostgresSchemaOption.split(url)
        _ = try PostgresSchemaOption.split(plain + (plain.contains("?") ? "&" : "?") + "schema=\(schema)")  // validates the name
        let c = try await Connection.open(.postgres(url: plain), logger: .init(label: "hearth.store"))
        do { try await c.run("DROP SCHEMA IF EXISTS \(schema) CASCADE") } catch { try? await c.close(); throw error }
        try await c.close()
    }
}
