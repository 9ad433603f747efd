import Foundation
import Hearth
import Logging
import SQLKit

/// The durable home of the case model: one or many councils' counties in SQLite or PostgreSQL.
///
/// Opening checks the schema: a newer one is refused, an older one is migrated forward (after
/// a backup, on SQLite). Every write is one transaction on one connection, and operations are
/// queued so that one never interleaves with another's transaction.
public actor CaseStore {
    public nonisolated let location: StoreLocation
    let connection: Connection
    /// What opening did to the schema, when it had to migrate.
    public nonisolated let migration: MigrationReport?

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// For the extra connections of parallel reads.
    let logger: Logger

    private init(location: StoreLocation, connection: Connection, migration: MigrationReport?, logger: Logger) {
        self.location = location; self.connection = connection; self.migration = migration; self.logger = logger
    }

    /// Opens the store, creating the schema on an empty database. With `upgrade` false an older
    /// schema is an error instead (for read-only commands such as `hearth db status`).
    public static func open(_ location: StoreLocation, upgrade: Bool = true,
                            logger: Logger = Logger(label: "hearth.store")) async throws -> CaseStore {
        let c = try await Connection.open(location, logger: logger)
        do {
            let report = try await SchemaCheck.run(on: c, location: location, upgrade: upgrade)
            return CaseStore(location: location, connection: c, migration: report, logger: logger)
        } catch {
            try? await c.close()
            throw error
        }
    }

    public nonisolated var engine: StoreEngine { location.engine }

    public func close() async throws {
        try await exclusively { try await connection.close() }
    }

    /// Runs `body` with the connection to itself: actor methods suspend at every query, so
    /// without this queue two callers' statements could interleave inside one transaction.
    func exclusively<T>(_ body: () async throws -> T) async throws -> T {
        while busy { await withCheckedContinuation { waiting.append($0) } }
        busy = true
        defer {
            busy = false
            if !waiting.isEmpty { waiting.removeFirst().resume() }
        }
        return try await body()
    }

    /// Runs `body` exclusively and inside one transaction: committed if it returns, rolled back
    /// if it throws. SQLite takes the write lock at BEGIN (IMMEDIATE) so writers queue instead
    /// of deadlocking.
    func writing<T>(_ body: () async throws -> T) async throws -> T {
        try await exclusively {
            try await connection.run(engine == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN")
            do {
                let result = try await body()
                try await connection.run("COMMIT")
                return result
            } catch {
                try? await connection.run("ROLLBACK")
                throw error
            }
        }
    }

    // MARK: Whole counties

    /// Saves `county` in one transaction, replacing everything the store held for its council
    /// (the change history is kept and gains an `import` entry). A failure or a killed process
    /// leaves the store exactly as it was.
    @discardableResult
    public func save(_ county: County, by user: String, checkingInvariants: Bool = true,
                     progress: (@Sendable (SaveProgress) -> Void)? = nil) async throws -> SaveSummary {
        if checkingInvariants {
            let v = county.violations()
            if !v.isEmpty { throw StoreError.invalid(ModelViolations(v)) }
        }
        let summary = try await writing {
            progress?(.begun)
            let before = try await rowCounts(council: county.councilCode, in: Schema.countyTables)
            for table in Schema.countyTables {
                try await connection.run("DELETE FROM \(unsafeRaw: table.name) WHERE council_code = \(bind: county.councilCode)")
            }
            let now = Timestamp.now()
            // On a SQLite store that holds no other council, the secondary indexes are dropped
            // and rebuilt after the rows are in (inside this transaction, so a crash restores
            // them): building an index from sorted rows is far cheaper than updating it row by row.
            var rebuild = false
            if engine == .sqlite { rebuild = try await councilsOtherThan(county.councilCode) == 0 }
            if rebuild {
                for (name, _, _) in Migration.indexes where name != "history_by_child" {
                    try await connection.run("DROP INDEX IF EXISTS \(name)")
                }
            }
            var perTable: [String: Int] = [:]
            var structure = CountyRows(council: county.councilCode)
            structure.addStructure(of: county, savedAt: now, savedBy: user)
            var written = try await insert(structure, counting: &perTable)
            // Children go in batches so memory stays bounded for very large counties.
            let batch = 2_000
            var start = 0
            while start < county.children.count {
                let end = min(start + batch, county.children.count)
                var rows = CountyRows(council: county.councilCode)
                for i in start..<end { rows.addChild(county.children[i], seq: i, version: 1) }
                written += try await insert(rows, counting: &perTable)
                start = end
                progress?(.saved(children: end))
            }
            if rebuild {
                for (name, table, columns) in Migration.indexes where name != "history_by_child" {
                    try await connection.run("CREATE INDEX IF NOT EXISTS \(name) ON \(table) (\(columns))")
                }
            }
            // The table was emptied for this council first, so what was written is what is stored.
            let after = Schema.countyTables.map { (table: $0.name, rows: perTable[$0.name] ?? 0) }
            try await appendHistory(council: county.councilCode, child: nil, version: 0, at: now, by: user,
                                    action: "import", before: json(before), after: json(after))
            return SaveSummary(council: county.councilCode, children: county.children.count, rows: written)
        }
        progress?(.committed)
        return summary
    }

    /// Councils held, with when and by whom each was last imported.
    public func councils() async throws -> [CouncilSummary] {
        try await exclusively {
            let rows = try await connection.rows("""
                SELECT c.council_code, c.name, c.extract_date, c.saved_at, c.saved_by, \
                (SELECT COUNT(*) FROM children k WHERE k.council_code = c.council_code) AS children \
                FROM councils c ORDER BY c.council_code
                """)
            return try rows.map { row in
                let f = Fields(row: row, table: "councils")
                return CouncilSummary(code: try f.text("council_code"), name: try f.text("name"),
                                      extractDate: try f.day("extract_date"), savedAt: try f.text("saved_at"),
                                      savedBy: try f.text("saved_by"), children: try f.int("children"))
            }
        }
    }

    /// Rows per table, for one council or (nil) the whole store, in schema order.
    public func rowCounts(council: String? = nil) async throws -> [(table: String, rows: Int)] {
        try await exclusively { try await rowCounts(council: council, in: Schema.allTables) }
    }

    /// The schema version recorded in the database.
    public func schemaVersion() async throws -> Int {
        try await exclusively { try await SchemaMigrations.currentVersion(connection) }
    }

    // MARK: Internals shared with recording

    func rowCounts(council: String?, in tables: [Table]) async throws -> [(table: String, rows: Int)] {
        var result: [(String, Int)] = []
        for table in tables {
            let query: SQLQueryString = council.map { "SELECT COUNT(*) AS n FROM \(unsafeRaw: table.name) WHERE council_code = \(bind: $0)" }
                ?? "SELECT COUNT(*) AS n FROM \(unsafeRaw: table.name)"
            let n = try await connection.rows(query).first?.decode(column: "n", as: Int.self) ?? 0
            result.append((table.name, n))
        }
        return result
    }

    func insert(_ rows: CountyRows) async throws -> Int {
        var ignored: [String: Int] = [:]
        return try await insert(rows, counting: &ignored)
    }

    /// Writes `rows`, adding each table's row count to `counts`; returns the rows written.
    func insert(_ rows: CountyRows, counting counts: inout [String: Int]) async throws -> Int {
        var written = 0
        for table in Schema.allTables {
            guard let r = rows.tables[table.name] else { continue }
            try await connection.insert(table, rows: r)
            written += r.count
            counts[table.name, default: 0] += r.count
        }
        return written
    }

    func councilsOtherThan(_ council: String) async throws -> Int {
        try await connection.rows("SELECT COUNT(*) AS n FROM councils WHERE council_code <> \(bind: council)")
            .first?.decode(column: "n", as: Int.self) ?? 0
    }

    func appendHistory(council: String, child: ChildID?, version: Int, at: String, by user: String, action: String,
                       before: String?, after: String?) async throws {
        let next = try await connection.rows(
            "SELECT COALESCE(MAX(change_id), 0) + 1 AS n FROM change_history WHERE council_code = \(bind: council)")
            .first?.decode(column: "n", as: Int.self) ?? 1
        try await connection.insert(Schema.changeHistory, rows: [[
            .text(council), .int(next), .id(child), .int(version), .text(at), .text(user), .text(action),
            .string(before), .string(after),
        ]])
    }

    func json(_ counts: [(table: String, rows: Int)]) -> String {
        "{" + counts.map { "\"\($0.table)\":\($0.rows)" }.joined(separator: ",") + "}"
    }
}

/// Where a save has got to, for progress display and for the kill-during-import test.
public enum SaveProgress: Sendable, Equatable {
    /// The transaction is open; from here until `committed` a crash leaves the store as before.
    case begun
    case saved(children: Int)
    case committed
}

public struct SaveSummary: Sendable, Equatable {
    public var council: String
    public var children: Int
    public var rows: Int
}

public struct CouncilSummary: Sendable, Equatable {
    public var code: String
    public var name: String
    public var extractDate: Day
    public var savedAt: String
    public var savedBy: String
    public var children: Int
}

public struct MigrationReport: Sendable, Equatable {
    public var from: Int
    public var to: Int
    /// The SQLite copy taken before migrating, when there was data to protect.
    public var backup: String?
}
