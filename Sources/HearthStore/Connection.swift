import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// One open connection to the store, SQLite or PostgreSQL, seen through SQLKit so that every
/// data query is written once. Only DDL types and catalogue look-ups differ by engine.
///
/// A single connection (not a pool) because an import is one transaction on one connection,
/// and `CaseStore` serialises work on it. Whole-county reads open extra read-only connections of
/// their own for the duration of the read (see `CaseStore.load(council:)`).
final class Connection: Sendable {
    let engine: StoreEngine
    let sql: any SQLDatabase
    /// The SQLite connection under `sql`, for reading rows without SQLKit's per-value dynamic
    /// decoding (the same SQL text and binds, serialised by SQLKit).
    private let sqlite: SQLiteConnection?
    /// The PostgreSQL connection under `sql`, for bulk writes with COPY.
    private let postgres: PostgresConnection?
    private let logger: Logger
    /// The SQLite file, for opening read-only `SQLiteDirect` handles beside this connection.
    let sqlitePath: String?
    private let closer: @Sendable () async throws -> Void

    private init(engine: StoreEngine, sql: any SQLDatabase, sqlite: SQLiteConnection? = nil, sqlitePath: String? = nil,
                 postgres: PostgresConnection? = nil, logger: Logger,
                 closer: @escaping @Sendable () async throws -> Void) {
        self.engine = engine; self.sql = sql; self.sqlite = sqlite; self.sqlitePath = sqlitePath
        self.postgres = postgres; self.logger = logger; self.closer = closer
    }

    static func open(_ location: StoreLocation, logger: Logger) async throws -> Connection {
        switch location {
        case .sqlite(let path):
            let connection: SQLiteConnection
            do {
                connection = try await SQLiteConnection.open(
                    storage: .file(path: path), threadPool: .singleton, logger: logger,
                    on: MultiThreadedEventLoopGroup.singleton.any())
            } catch {
                throw StoreError.cannotConnect(location: path, reason: "\(error)")
            }
            let c = Connection(engine: .sqlite, sql: connection.sql(queryLogLevel: nil), sqlite: connection,
                               sqlitePath: path, logger: logger) {
                try await connection.close()
            }
            // WAL: readers (the web pages) never block the importer; NORMAL sync is durable
            // against a killed process, which is what the all-or-nothing guarantee needs.
            try await c.run("PRAGMA journal_mode = WAL")
            try await c.run("PRAGMA synchronous = NORMAL")
            try await c.run("PRAGMA busy_timeout = 10000")
            try await c.run("PRAGMA cache_size = -65536")
            // Temporary b-trees and any statement journal stay in memory, never in a temp file.
            try await c.run("PRAGMA temp_store = MEMORY")
            return c
        case .postgres(let url):
            let (driverURL, schema) = try PostgresSchemaOption.split(url)
            let connection: PostgresConnection
            do {
                let configuration = try SQLPostgresConfiguration(url: driverURL)
                connection = try await PostgresConnection.connect(
                    on: MultiThreadedEventLoopGroup.singleton.any(),
                    configuration: configuration.coreConfiguration, id: 1, logger: logger)
            } catch {
                throw StoreError.cannotConnect(location: location.description, reason: String(reflecting: error))
            }
            let c = Connection(engine: .postgres, sql: connection.sql(queryLogLevel: nil), postgres: connection,
                               logger: logger) {
                try await connection.close()
            }
            try await c.run("SET client_min_messages = warning")
            if let schema {
                try await c.run("CREATE SCHEMA IF NOT EXISTS \(schema)")
                try await c.run("SET search_path TO \(schema)")
            }
            return c
        }
    }

    func close() async throws { try await closer() }

    // MARK: Running SQL

    /// Runs a statement with no result rows.
    func run(_ statement: String) async throws {
        try await sql.execute(sql: SQLRaw(statement)) { _ in }
    }

    func run(_ query: SQLQueryString) async throws {
        try await sql.execute(sql: query) { _ in }
    }

    /// Streams result rows of `table` to `onRow` as they arrive, without collecting them first.
    /// On SQLite the rows are read directly (a scale-1 county is two million rows, and SQLKit's
    /// generic decoding costs more than the query); PostgreSQL goes through SQLKit.
    func stream(_ query: SQLQueryString, table: String, columns: [String],
                _ onRow: @escaping @Sendable (Fields) -> Void) async throws {
        if let sqlite {
            let (text, binds) = sql.serialize(query)
            let encoder = SQLiteDataEncoder()
            try await sqlite.query(text, try binds.map { try encoder.encode($0) }) { onRow(Fields(sqlite: $0, table: table)) }
        } else if let postgres, let (text, bindings) = Self.postgresQuery(sql.serialize(query)) {
            let names = ColumnNames(columns)
            let rows = try await postgres.query(PostgresQuery(unsafeSQL: text, binds: bindings), logger: logger)
            for try await row in rows { onRow(Fields(postgres: row.makeRandomAccess(), names: names, table: table)) }
        } else {
            try await sql.execute(sql: query) { onRow(Fields(row: $0, table: table)) }
        }
    }

    /// SQLKit's serialised query as PostgresNIO's own, when every bind is a string or an integer
    /// (all the readers' binds are). Rows then come as `PostgresRow`s read by column position,
    /// not through SQLKit's generic `Decodable` row decoding, which dominated a PostgreSQL load.
    private static func postgresQuery(_ serialized: (String, [any Encodable & Sendable])) -> (String, PostgresBindings)? {
        var bindings = PostgresBindings(capacity: serialized.1.count)
        for bind in serialized.1 {
            if let v = bind as? String { bindings.append(v) }
            else if let v = bind as? Int { bindings.append(v) }
            else { return nil }
        }
        return (serialized.0, bindings)
    }

    /// Collects the result rows.
    func rows(_ query: SQLQueryString) async throws -> [any SQLRow] {
        let box = RowBox()
        try await sql.execute(sql: query) { box.append($0) }
        return box.rows
    }

    /// Runs `body` inside one transaction: committed if it returns, rolled back if it throws.
    /// SQLite takes the write lock at BEGIN (IMMEDIATE) so two writers queue instead of deadlocking.
    func transaction<T>(_ body: () async throws -> T) async throws -> T {
        try await run(engine == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN")
        do {
            let result = try await body()
            try await run("COMMIT")
            return result
        } catch {
            try? await run("ROLLBACK")
            throw error
        }
    }

    // MARK: Writing rows

    /// `HEARTH_STORE_BULK=insert` makes PostgreSQL saves use the generic SQLKit multi-row INSERT
    /// instead of COPY: for comparing the two (`hearth-bench store`) and for diagnosing a server
    /// that refuses COPY.
    static let genericBulkWrites = ProcessInfo.processInfo.environment["HEARTH_STORE_BULK"] == "insert"

    /// Binds per multi-row INSERT on PostgreSQL: under its limit of 65,535, and large enough that
    /// a scale-1 county (2.2 million rows) is a few hundred round trips, not tens of thousands.
    static let postgresBindsPerStatement = 30_000
    /// Binds per multi-row INSERT on SQLite (its limit is 32,766). Larger statements cost more to
    /// parse than they save in calls; 8,000 measured best.
    static let sqliteBindsPerStatement = 8_000

    /// Inserts rows in multi-row statements, keeping each statement's binds under the engine's
    /// limit. PostgreSQL's COPY is not reachable through SQLKit or postgres-kit (PostgresNIO has
    /// no COPY FROM support), so multi-row INSERT with bound parameters is the bulk path on both.
    func insert(_ table: Table, rows: [[Cell]]) async throws {
        guard !rows.isEmpty else { return }
        if let sqlite { return try await insertDirect(table, rows: rows, into: sqlite) }
        if let postgres, !Self.genericBulkWrites { return try await copy(table, rows: rows, into: postgres) }
        let perStatement = max(1, Self.postgresBindsPerStatement / table.columns.count)
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + perStatement)
            var insert = SQLInsert(table: SQLIdentifier(table.name))
            insert.columns = table.columns.map { SQLIdentifier($0.name) }
            insert.values = rows[start..<end].map { row in
                precondition(row.count == table.columns.count, "row for \(table.name) has \(row.count) cells")
                return row.map(\.expression)
            }
            try await sql.execute(sql: insert) { _ in }
            start = end
        }
    }

    /// PostgreSQL's bulk path: `COPY table (columns) FROM STDIN` in text format, streamed in
    /// chunks of about a megabyte, inside the caller's transaction like any other statement.
    /// A scale-1 county went from minutes of multi-row INSERTs to seconds.
    private func copy(_ table: Table, rows: [[Cell]], into postgres: PostgresConnection) async throws {
        try await postgres.copyFrom(table: table.name, columns: table.columnNames, format: .text(.init()),
                                    logger: logger) { writer in
            var buffer = ByteBuffer()
            buffer.reserveCapacity(1 << 20)
            for row in rows {
                precondition(row.count == table.columns.count, "row for \(table.name) has \(row.count) cells")
                for (i, cell) in row.enumerated() {
                    if i > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
                    cell.writeCopyText(into: &buffer)
                }
                buffer.writeInteger(UInt8(ascii: "\n"))
                if buffer.readableBytes >= 1 << 20 {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
    }

    /// The same multi-row INSERT as SQLKit's, with `?` placeholders and binds handed to SQLite
    /// as they are: at two million rows SQLKit's generic bind encoding dominated the save.
    private func insertDirect(_ table: Table, rows: [[Cell]], into sqlite: SQLiteConnection) async throws {
        let perStatement = max(1, Self.sqliteBindsPerStatement / table.columns.count)
        let rowPlaceholder = "(" + Array(repeating: "?", count: table.columns.count).joined(separator: ", ") + ")"
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + perStatement)
            // OR ROLLBACK: a failing row ends the whole transaction (which the save would roll
            // back anyway), so SQLite needs no statement journal to undo half a statement; that
            // journal was a sixth of a scale-1 save.
            let text = "INSERT OR ROLLBACK INTO \(table.name) (\(table.columnList)) VALUES "
                + Array(repeating: rowPlaceholder, count: end - start).joined(separator: ", ")
            var binds: [SQLiteData] = []
            binds.reserveCapacity((end - start) * table.columns.count)
            for row in rows[start..<end] {
                precondition(row.count == table.columns.count, "row for \(table.name) has \(row.count) cells")
                for cell in row { binds.append(cell.sqliteData) }
            }
            try await sqlite.query(text, binds) { _ in }
            start = end
        }
    }

    // MARK: Engine differences (DDL and catalogue only)

    func ddlType(_ type: Table.ColumnType) -> String {
        switch type {
        case .integer: return "BIGINT"
        case .text: return "TEXT"
        case .real: return engine == .sqlite ? "REAL" : "DOUBLE PRECISION"
        }
    }

    /// CREATE TABLE for `table`. On SQLite the rows are clustered on the primary key
    /// (WITHOUT ROWID), so loading in key order is a straight scan.
    func createTableStatement(_ table: Table) -> String {
        let columns = table.columns.map { "\($0.name) \(ddlType($0.type))\($0.nullable ? "" : " NOT NULL")" }
        let body = (columns + ["PRIMARY KEY (\(table.primaryKey.joined(separator: ", ")))"]).joined(separator: ", ")
        return "CREATE TABLE \(table.name) (\(body))" + (engine == .sqlite ? " WITHOUT ROWID" : "")
    }

    func tableExists(_ name: String) async throws -> Bool {
        let query: SQLQueryString = engine == .sqlite
            ? "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = \(bind: name)"
            : "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = \(bind: name)"
        let rows = try await rows(query)
        return try (rows.first?.decode(column: "n", as: Int.self) ?? 0) > 0
    }
}

/// Where a reader's rows come from: the store's connection (SQLKit, or SQLiteNIO directly) or a
/// read-only `SQLiteDirect` handle. `columns` are the selected columns in statement order.
protocol RowSource: Sendable {
    func stream(_ query: SQLQueryString, table: String, columns: [String],
                _ onRow: @escaping @Sendable (Fields) -> Void) async throws
}

/// A value for one column of a row to be written.
enum Cell: Sendable {
    case int(Int)
    case text(String)
    case real(Double)
    case null

    var sqliteData: SQLiteData {
        switch self {
        case .int(let v): return .integer(SQLiteInt64(v))
        case .text(let v): return .text(v)
        case .real(let v): return .float(v)
        case .null: return .null
        }
    }

    /// The value in COPY text format: `\N` for NULL; backslash, tab, newline and carriage return
    /// escaped in text; numbers in their shortest exact form (Swift's `description` round-trips).
    func writeCopyText(into buffer: inout ByteBuffer) {
        switch self {
        case .int(let v): buffer.writeString(String(v))
        case .real(let v): buffer.writeString(v.description)
        case .null: buffer.writeStaticString("\\N")
        case .text(let v):
            var plain = true
            for b in v.utf8 where b == UInt8(ascii: "\\") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                plain = false; break
            }
            if plain { buffer.writeString(v); return }
            for b in v.utf8 {
                switch b {
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                default: buffer.writeInteger(b)
                }
            }
        }
    }

    var expression: any SQLExpression {
        switch self {
        case .int(let v): return SQLBind(v)
        case .text(let v): return SQLBind(v)
        case .real(let v): return SQLBind(v)
        case .null: return SQLLiteral.null
        }
    }
}

/// Collects rows from a callback that the driver calls on its own thread, one row at a time.
final class RowBox: @unchecked Sendable {
    private(set) var rows: [any SQLRow] = []
    func append(_ row: any SQLRow) { rows.append(row) }
}

/// `?schema=NAME` on a PostgreSQL URL keeps Hearth's tables in their own schema (created if
/// missing), so a council's database can hold other systems' tables beside them.
enum PostgresSchemaOption {
    static func split(_ url: String) throws -> (url: String, schema: String?) {
        guard var parts = URLComponents(string: url) else {
            throw StoreError.cannotConnect(location: url, reason: "not a valid URL")
        }
        guard let item = parts.queryItems?.first(where: { $0.name == "schema" }) else { return (url, nil) }
        let name = item.value ?? ""
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }),
              !name.first!.isNumber else {
            throw StoreError.cannotConnect(location: StoreLocation.postgres(url: url).description,
                                           reason: "schema=\(name): use letters, digits and _ only")
        }
        parts.queryItems = parts.queryItems?.filter { $0.name != "schema" }
        if parts.queryItems?.isEmpty == true { parts.queryItems = nil }
        return (parts.string ?? url, name.lowercased())
    }
}
