import Foundation
import Hearth
import SQLKit

// Reading whole counties: at once (in parallel key ranges) or streamed in batches.
extension CaseStore {
    /// The council's county as saved (children in saved order), or nil when the store does not
    /// hold it.
    ///
    /// The children are split into key ranges read concurrently on separate read-only
    /// connections (SQLite: `SQLiteDirect` handles; PostgreSQL: extra connections), one per
    /// processor up to four. Each range is read in its own transaction; all of them must see the
    /// same last change (`change_history`), otherwise another writer committed in between and the
    /// read is repeated, so the result is always one committed state of the county.
    public func load(council: String) async throws -> County? {
        try await exclusively {
            let total = try await childCount(council)
            let readers = total >= 2_000 ? min(4, max(1, ProcessInfo.processInfo.activeProcessorCount)) : 1
            for _ in 0..<3 {
                let ranges = try await keyRanges(council: council, total: total, parts: readers)
                var sessions: [any ReadSession] = []
                for _ in ranges {
                    guard let s = try await openReadSession() else { break }
                    sessions.append(s)
                }
                if sessions.count < ranges.count {
                    for s in sessions { await s.finish() }
                    // An in-memory SQLite database cannot be opened twice: read on this connection.
                    return try await connection.reading {
                        try await CountyReader(connection: connection, council: council).county()
                    }
                }
                let read: Result<[RangeRead], any Error>
                do { read = .success(try await withThrowingTaskGroup(of: (Int, RangeRead).self) { group in
                    for (i, range) in ranges.enumerated() {
                        let session = sessions[i]
                        group.addTask {
                            (i, try await Self.readRange(session, council: council, keys: range, withShell: i == 0))
                        }
                    }
                    var parts = [RangeRead?](repeating: nil, count: ranges.count)
                    for try await (i, part) in group { parts[i] = part }
                    return parts.map { $0! }
                }) } catch { read = .failure(error) }
                for s in sessions { await s.finish() }
                let parts = try read.get()
                guard Set(parts.map(\.stamp)).count == 1 else { continue }
                guard var county = parts[0].shell else { return nil }
                let all = parts.flatMap(\.children)
                county.children = all.indices.sorted { all[$0].seq < all[$1].seq }.map { all[$0].record }
                return county
            }
            throw StoreError.changedWhileReading(council: council)
        }
    }

    /// The council's county without its children (council, areas, teams, workers, posts,
    /// fostering households, postcodes), or nil when the store does not hold it. With
    /// `streamChildren` this reads a county too large to hold at once.
    public func loadShell(council: String) async throws -> County? {
        try await exclusively {
            try await connection.reading { try await CountyReader(connection: connection, council: council).shell() }
        }
    }

    /// Streams the council's children to `body` in batches of at most `batchSize`, so memory
    /// stays bounded by one batch however large the county (a regional store, a scale-50 county).
    ///
    /// - Batches come in child key order (`child_id` as the database orders it), not in saved
    ///   order; each child appears in exactly one batch, whole (every part of its record), and
    ///   together the batches hold exactly the children `load(council:)` returns.
    /// - Each batch is read as one key range (`child_id >= from AND child_id < next batch's first`)
    ///   in its own short read transaction, so the store is not locked while `body` runs. Every
    ///   batch checks the council's last change (`change_history`); if another writer changed
    ///   the council after the first batch, the stream stops with `changedWhileReading` rather
    ///   than mixing two versions of the county.
    /// - `body` runs on the caller's task, one batch at a time; throwing from it stops the stream.
    public func streamChildren(council: String, batchSize: Int = 5_000,
                               _ body: ([ChildRecord]) async throws -> Void) async throws {
        precondition(batchSize > 0, "batchSize must be positive")
        let session = try await exclusively { try await openReadSession() }
        do {
            try await stream(council: council, batchSize: batchSize, session: session, body)
        } catch {
            await session?.finish()
            throw error
        }
        await session?.finish()
    }

    private func stream(council: String, batchSize: Int, session: (any ReadSession)?,
                        _ body: ([ChildRecord]) async throws -> Void) async throws {
        var from: String? = nil
        var firstStamp: Int?
        while true {
            let (part, next) = try await exclusively { () -> (RangeRead, String?) in
                let next = try await childKey(council: council, from: from, offset: batchSize)
                let keys = ChildKeyRange(from: from, below: next)
                if let session {
                    return (try await Self.readRange(session, council: council, keys: keys, withShell: false), next)
                }
                return (try await Self.readRange(connection, council: council, keys: keys, withShell: false), next)
            }
            if let firstStamp, firstStamp != part.stamp { throw StoreError.changedWhileReading(council: council) }
            firstStamp = part.stamp
            if !part.children.isEmpty { try await body(part.children.map(\.record)) }
            guard let next else { return }
            from = next
        }
    }

    // MARK: Internals

    /// What one key range's read transaction saw.
    struct RangeRead: Sendable {
        var stamp: Int
        var shell: County?
        var children: [ChildRow]
    }

    /// Reads the children in `keys` (and the county's structure, if asked) in one read
    /// transaction on `session`, with the council's last change id as a stamp of the state seen.
    static func readRange(_ session: any ReadSession, council: String, keys: ChildKeyRange,
                          withShell: Bool) async throws -> RangeRead {
        try await session.reading {
            let stamp = StampBox()
            try await session.stream(
                "SELECT COALESCE(MAX(change_id), 0) AS n FROM change_history WHERE council_code = \(bind: council)",
                table: "change_history", columns: ["n"]) { f in stamp.value = (try? f.int("n")) ?? -1 }
            let reader = CountyReader(source: session, council: council, keys: keys)
            let shell = withShell ? try await reader.shell() : nil
            return RangeRead(stamp: stamp.value, shell: shell, children: try await reader.children())
        }
    }

    func childCount(_ council: String) async throws -> Int {
        try await connection.rows("SELECT COUNT(*) AS n FROM children WHERE council_code = \(bind: council)")
            .first?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The child id `offset` places after `from` (or after the first child) in key order, or nil
    /// when there are not that many: the exclusive end of a batch.
    func childKey(council: String, from: String?, offset: Int) async throws -> String? {
        var query: SQLQueryString = "SELECT child_id FROM children WHERE council_code = \(bind: council)"
        if let from { query = "\(query) AND child_id >= \(bind: from)" }
        query = "\(query) ORDER BY child_id LIMIT 1 OFFSET \(unsafeRaw: String(offset))"
        return try await connection.rows(query).first?.decode(column: "child_id", as: String.self)
    }

    /// `parts` contiguous key ranges covering every child, of about equal size.
    func keyRanges(council: String, total: Int, parts: Int) async throws -> [ChildKeyRange] {
        guard parts > 1, total > parts else { return [ChildKeyRange()] }
        var bounds: [String] = []
        for k in 1..<parts {
            if let key = try await childKey(council: council, from: nil, offset: total * k / parts), bounds.last != key {
                bounds.append(key)
            }
        }
        var ranges: [ChildKeyRange] = []
        var from: String? = nil
        for b in bounds { ranges.append(ChildKeyRange(from: from, below: b)); from = b }
        ranges.append(ChildKeyRange(from: from, below: nil))
        return ranges
    }

    /// A second, read-only way into the same database, or nil when there is none (an in-memory
    /// SQLite database).
    func openReadSession() async throws -> (any ReadSession)? {
        switch location {
        case .sqlite(let path):
            guard let file = connection.sqlitePath, !file.isEmpty, file != ":memory:", path == file else { return nil }
            return try SQLiteDirect(path: file, serialisingWith: connection.sql)
        case .postgres:
            return try await Connection.open(location, logger: logger)
        }
    }
}

/// A connection that can read in a transaction of its own.
protocol ReadSession: RowSource {
    /// Runs `body` in a read transaction (PostgreSQL: REPEATABLE READ, one snapshot throughout).
    func inReadTransaction<T: Sendable>(isolation: isolated (any Actor)?, _ body: () async throws -> T) async throws -> T
    /// Closes a session opened by `openReadSession`.
    func finish() async
}

extension Connection: ReadSession {
    func inReadTransaction<T: Sendable>(isolation: isolated (any Actor)?, _ body: () async throws -> T) async throws -> T {
        try await run(engine == .postgres ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN")
        do {
            let result = try await body()
            try await run("COMMIT")
            return result
        } catch {
            try? await run("ROLLBACK")
            throw error
        }
    }

    func finish() async { try? await close() }
}

extension SQLiteDirect: ReadSession {
    func finish() async { close() }

    func inReadTransaction<T: Sendable>(isolation: isolated (any Actor)?, _ body: () async throws -> T) async throws -> T {
        try execute("BEGIN")
        do {
            let result = try await body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}

extension ReadSession {
    func reading<T: Sendable>(isolation: isolated (any Actor)? = #isolation,
                              _ body: () async throws -> T) async throws -> T {
        try await inReadTransaction(isolation: isolation, body)
    }
}

/// The stamp read in a row callback.
final class StampBox: @unchecked Sendable {
    var value = -1
}
