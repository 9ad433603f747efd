import Foundation
import NIOPosix
import SQLKit
import SQLiteKit
import VaporCSQLite

/// A read-only SQLite handle of the store's own, for loading whole counties fast.
///
/// Why: SQLiteNIO hands every row to the event loop as a separate future with its values copied
/// into an array and looked up by column name; at two million rows that machinery cost more than
/// SQLite's own work. This handle steps the same SQL (serialised by SQLKit, so the queries are
/// still written once for both engines) on a thread-pool thread and lets `Fields` read the
/// current row's columns in place. Several handles read key ranges of the children in parallel.
///
/// It uses the SQLite library that sqlite-nio compiles in (module `VaporCSQLite`), so the file
/// format and version are the ones the writer uses. Opened `NOMUTEX`: one handle is only ever
/// used by one task at a time.
final class SQLiteDirect: @unchecked Sendable {
    private var db: OpaquePointer?
    private let sql: any SQLDatabase
    let path: String

    /// Opens `path` read-only. `sql` serialises queries (the store's main connection).
    init(path: String, serialisingWith sql: any SQLDatabase) throws {
        self.sql = sql
        self.path = path
        var handle: OpaquePointer?
        let rc = sqlite_nio_sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let handle else {
            let message = handle.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "code \(rc)"
            if let handle { sqlite_nio_sqlite3_close(handle) }
            throw StoreError.cannotConnect(location: path, reason: message)
        }
        db = handle
        sqlite_nio_sqlite3_busy_timeout(handle, 10_000)
        // A whole-county read touches every page once: map the file instead of copying pages
        // through the page cache, and keep a large cache for the B-tree interior pages.
        try execute("PRAGMA mmap_size = 1073741824")
        try execute("PRAGMA cache_size = -65536")
    }

    deinit { if let db { sqlite_nio_sqlite3_close(db) } }

    func close() {
        if let db { sqlite_nio_sqlite3_close(db) }
        db = nil
    }

    /// Runs a statement without results (BEGIN, COMMIT, PRAGMA).
    func execute(_ text: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let rc = sqlite_nio_sqlite3_exec(db, text, nil, nil, &error)
        if rc != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "code \(rc)"
            sqlite_nio_sqlite3_free(error)
            throw StoreError.corruptRow(table: "-", detail: "\(text): \(message)")
        }
    }

    /// Runs `query` on a thread-pool thread, calling `onRow` for each row in turn.
    func stream(_ query: SQLQueryString, table: String, columns: [String],
                _ onRow: @escaping @Sendable (Fields) -> Void) async throws {
        let (text, binds) = sql.serialize(query)
        let encoder = SQLiteDataEncoder()
        let values = try binds.map { try encoder.encode($0) }
        let names = ColumnNames(columns)
        try await NIOThreadPool.singleton.runIfActive {
            try self.step(text, values) { statement in onRow(Fields(direct: statement, names: names, table: table)) }
        }
    }

    /// Runs a whole unit of work (a transaction's reads) on one thread-pool thread.
    func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(body)
    }

    private func step(_ text: String, _ binds: [SQLiteData], _ onRow: (OpaquePointer) throws -> Void) throws {
        var statement: OpaquePointer?
        var rc = sqlite_nio_sqlite3_prepare_v2(db, text, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw failure(text) }
        defer { sqlite_nio_sqlite3_finalize(statement) }
        for (i, value) in binds.enumerated() {
            let position = Int32(i + 1)
            switch value {
            case .integer(let v): rc = sqlite_nio_sqlite3_bind_int64(statement, position, sqlite3_int64(v))
            case .float(let v): rc = sqlite_nio_sqlite3_bind_double(statement, position, v)
            case .text(let v): rc = sqlite_nio_sqlite3_bind_text(statement, position, v, -1, SQLITE_TRANSIENT_DIRECT)
            case .null: rc = sqlite_nio_sqlite3_bind_null(statement, position)
            case .blob: throw StoreError.corruptRow(table: "-", detail: "blob bind in \(text)")
            }
            guard rc == SQLITE_OK else { throw failure(text) }
        }
        while true {
            rc = sqlite_nio_sqlite3_step(statement)
            if rc == SQLITE_ROW { try onRow(statement); continue }
            if rc == SQLITE_DONE { return }
            throw failure(text)
        }
    }

    private func failure(_ text: String) -> StoreError {
        let message = sqlite_nio_sqlite3_errmsg(db).map { String(cString: $0) } ?? "unknown error"
        return .corruptRow(table: "-", detail: "\(message) in \(text.prefix(200))")
    }
}

private let SQLITE_TRANSIENT_DIRECT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// The selected columns of a direct read, in statement order. Looked up by a linear scan: a
/// table has at most 19 columns and most names are small strings compared in two words, which
/// costs less than hashing the name.
final class ColumnNames: Sendable {
    let names: [String]
    init(_ names: [String]) { self.names = names }

    func position(_ name: String) -> Int32? {
        for i in names.indices where names[i] == name { return Int32(i) }
        return nil
    }
}

/// Reading the current row of a direct statement.
enum DirectColumn {
    static func isNull(_ s: OpaquePointer, _ i: Int32) -> Bool { sqlite_nio_sqlite3_column_type(s, i) == SQLITE_NULL }
    static func isInteger(_ s: OpaquePointer, _ i: Int32) -> Bool { sqlite_nio_sqlite3_column_type(s, i) == SQLITE_INTEGER }
    static func int(_ s: OpaquePointer, _ i: Int32) -> Int { Int(sqlite_nio_sqlite3_column_int64(s, i)) }
    static func double(_ s: OpaquePointer, _ i: Int32) -> Double? {
        switch sqlite_nio_sqlite3_column_type(s, i) {
        case SQLITE_FLOAT, SQLITE_INTEGER: return sqlite_nio_sqlite3_column_double(s, i)
        default: return nil
        }
    }
    static func text(_ s: OpaquePointer, _ i: Int32) -> String? {
        guard sqlite_nio_sqlite3_column_type(s, i) == SQLITE_TEXT,
              let p = sqlite_nio_sqlite3_column_text(s, i) else { return nil }
        let n = Int(sqlite_nio_sqlite3_column_bytes(s, i))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }
    static func describe(_ s: OpaquePointer, _ i: Int32) -> String {
        switch sqlite_nio_sqlite3_column_type(s, i) {
        case SQLITE_NULL: return "NULL"
        case SQLITE_INTEGER: return String(int(s, i))
        case SQLITE_FLOAT: return String(sqlite_nio_sqlite3_column_double(s, i))
        default: return text(s, i).map { "'\($0)'" } ?? "?"
        }
    }
}
