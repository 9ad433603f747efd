import Foundation
import Hearth
import Logging
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// `SecurityStore` through SQLKit, one implementation for both engines: a SQLite file (the
/// default, beside the case tables) or PostgreSQL (when the case store is PostgreSQL, so users,
/// sessions, tokens and the audit log live with the case data). Only DDL differs by engine.
///
/// Tables are prefixed `hearth_web_` / named `hearth_audit_log` so they sit beside HearthStore's
/// case tables without clashing. The audit table is append-only three ways: this type has no
/// UPDATE or DELETE of it, the database refuses both by trigger (PostgreSQL also TRUNCATE), and
/// the hash chain catches anyone who drops the triggers and edits rows anyway.
public actor SQLSecurityStore: SecurityStore {
    public enum Engine: String, Sendable { case sqlite, postgres }

    public nonisolated let engine: Engine
    private let db: any SQLDatabase
    private let closer: @Sendable () async throws -> Void
    /// Appends wait here in turn: the actor alone does not serialise them, because it is
    /// re-entered at every `await` between reading the chain's tail and inserting after it.
    private var appending = false
    private var appendQueue: [CheckedContinuation<Void, Never>] = []

    /// Opens (creating and migrating if needed) the tables in the SQLite file at `path`.
    public init(path: String) async throws {
        var logger = Logger(label: "hearth.security-store")
        logger.logLevel = .warning
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        try await self.init(database: connection.sql(), engine: .sqlite) { try await connection.close() }
    }

    /// Opens the store named by `location`: a `postgres://` / `postgresql://` URL (with an optional
    /// `schema=NAME` query item, as for the case store), or a SQLite file path (`sqlite://PATH` too).
    public static func open(_ location: String) async throws -> SQLSecurityStore {
        let lower = location.lowercased()
        guard lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") else {
            return try await SQLSecurityStore(path: lower.hasPrefix("sqlite://") ? String(location.dropFirst("sqlite://".count)) : location)
        }
        let (url, schema) = try Self.splitSchema(location)
        var logger = Logger(label: "hearth.security-store")
        logger.logLevel = .warning
        let connection = try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(),
            configuration: try SQLPostgresConfiguration(url: url).coreConfiguration, id: 1, logger: logger)
        do {
            let sql = connection.sql()
            try await sql.raw("SET client_min_messages = warning").run()
            if let schema {
                try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(unsafeRaw: schema)").run()
                try await sql.raw("SET search_path TO \(unsafeRaw: schema)").run()
            }
            return try await SQLSecurityStore(database: sql, engine: .postgres) { try await connection.close() }
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Over a database already open (its search path set), migrating its tables forward.
    public init(database: any SQLDatabase, engine: Engine, close: @escaping @Sendable () async throws -> Void) async throws {
        self.db = database
        self.engine = engine
        self.closer = close
        try await SecurityMigrations.run(on: database, engine: engine)
    }

    public func close() async throws { try await closer() }

    /// `schema=NAME` split off a PostgreSQL URL; the name is letters, digits and `_` only, since
    /// it is written into SQL.
    static func splitSchema(_ url: String) throws -> (url: String, schema: String?) {
        guard var parts = URLComponents(string: url) else { throw StoreError.invalid("not a valid database URL") }
        guard let item = parts.queryItems?.first(where: { $0.name == "schema" }) else { return (url, nil) }
        let name = item.value ?? ""
        guard let first = name.first, !first.isNumber,
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw StoreError.invalid("schema=\(name): use letters, digits and _ only")
        }
        parts.queryItems = parts.queryItems?.filter { $0.name != "schema" }
        if parts.queryItems?.isEmpty == true { parts.queryItems = nil }
        return (parts.string ?? url, name.lowercased())
    }

    // MARK: Users

    public func addUser(name: String, role: StaffRole, scope: StaffScope, passwordHash: String) async throws -> StaffUser {
        guard !name.isEmpty, name.count <= 100, !name.contains(where: { $0.isNewline || $0 == "\u{1F}" }) else {
            throw StoreError.invalid("user name must be 1–100 characters on one line")
        }
        if try await user(named: name) != nil { throw StoreError.duplicateUser(name) }
        try await db.raw("""
            INSERT INTO hearth_web_users (name, role, scope_worker, scope_team, scope_area, password_hash, disabled, created)
            VALUES (\(bind: name), \(bind: role.rawValue), \(bind: scope.worker?.rawValue), \(bind: scope.team?.rawValue),
                    \(bind: scope.area?.rawValue), \(bind: passwordHash), 0, \(bind: AuditEntry.timestamp(Date())))
            """).run()
        guard let u = try await user(named: name) else { throw StoreError.invalid("user \(name) was not saved") }
        return u
    }

    public func user(named name: String) async throws -> StaffUser? {
        try await db.raw("SELECT * FROM hearth_web_users WHERE name = \(bind: name)").first().map(Self.decodeUser)
    }

    public func user(id: Int) async throws -> StaffUser? {
        try await db.raw("SELECT * FROM hearth_web_users WHERE id = \(bind: id)").first().map(Self.decodeUser)
    }

    public func users() async throws -> [StaffUser] {
        try await db.raw("SELECT * FROM hearth_web_users ORDER BY name").all().map(Self.decodeUser)
    }

    private static func decodeUser(_ row: any SQLRow) throws -> StaffUser {
        let roleText = try row.decode(column: "role", as: String.self)
        guard let role = StaffRole(rawValue: roleText) else {
            throw StoreError.invalid("hearth_web_users.role: unknown role \(roleText)")
        }
        return StaffUser(
            id: try row.decode(column: "id", as: Int.self),
            name: try row.decode(column: "name", as: String.self),
            role: role,
            scope: StaffScope(
                worker: try row.decode(column: "scope_worker", as: String?.self).map(WorkerID.init(rawValue:)),
                team: try row.decode(column: "scope_team", as: String?.self).map(TeamID.init(rawValue:)),
                area: try row.decode(column: "scope_area", as: String?.self).map(AreaID.init(rawValue:))),
            passwordHash: try row.decode(column: "password_hash", as: String.self),
            disabled: try row.decode(column: "disabled", as: Int.self) != 0)
    }

    // MARK: Sessions and tokens

    public func saveSession(_ s: WebSession) async throws {
        try await db.raw("""
            INSERT INTO hearth_web_sessions (token_hash, user_id, csrf_token, created, expires)
            VALUES (\(bind: s.tokenHash), \(bind: s.userID), \(bind: s.csrfToken),
                    \(bind: s.created.timeIntervalSince1970), \(bind: s.expires.timeIntervalSince1970))
            """).run()
    }

    public func session(tokenHash: String) async throws -> WebSession? {
        guard let row = try await db.raw("SELECT * FROM hearth_web_sessions WHERE token_hash = \(bind: tokenHash)").first()
        else { return nil }
        return WebSession(
            tokenHash: try row.decode(column: "token_hash", as: String.self),
            userID: try row.decode(column: "user_id", as: Int.self),
            csrfToken: try row.decode(column: "csrf_token", as: String.self),
            created: Date(timeIntervalSince1970: try row.decode(column: "created", as: Double.self)),
            expires: Date(timeIntervalSince1970: try row.decode(column: "expires", as: Double.self)))
    }

    public func deleteSession(tokenHash: String) async throws {
        try await db.raw("DELETE FROM hearth_web_sessions WHERE token_hash = \(bind: tokenHash)").run()
    }

    public func saveAPIToken(tokenHash: String, userID: Int, label: String) async throws {
        try await db.raw("""
            INSERT INTO hearth_web_api_tokens (token_hash, user_id, label, created)
            VALUES (\(bind: tokenHash), \(bind: userID), \(bind: label), \(bind: AuditEntry.timestamp(Date())))
            """).run()
    }

    public func userID(forAPITokenHash tokenHash: String) async throws -> Int? {
        try await db.raw("SELECT user_id FROM hearth_web_api_tokens WHERE token_hash = \(bind: tokenHash)")
            .first().map { try $0.decode(column: "user_id", as: Int.self) }
    }

    // MARK: Audit

    private func beginAppend() async {
        if !appending { appending = true; return }
        await withCheckedContinuation { appendQueue.append($0) }
    }

    private func endAppend() {
        if appendQueue.isEmpty { appending = false } else { appendQueue.removeFirst().resume() }
    }

    public func appendAudit(_ e: AuditEvent) async throws -> AuditEntry {
        await beginAppend()
        defer { endAppend() }
        var attempt = 0
        while true {
            do {
                return try await appendAfterTail(e)
            } catch {
                // Another process sharing the database took the same sequence number (the key
                // refuses the second): read the new tail and chain after it.
                attempt += 1
                if attempt >= 3 { throw error }
            }
        }
    }

    private func appendAfterTail(_ e: AuditEvent) async throws -> AuditEntry {
        let last = try await db.raw("SELECT seq, hash FROM hearth_audit_log ORDER BY seq DESC LIMIT 1").first()
        let seq = (try last?.decode(column: "seq", as: Int.self) ?? 0) + 1
        let prev = try last?.decode(column: "hash", as: String.self) ?? AuditEntry.genesisHash
        let ts = AuditEntry.timestamp(e.at)
        let clean = { (s: String) in String(s.filter { $0 != "\u{1F}" && !$0.isNewline }.prefix(500)) }
        var event = e
        event.userName = clean(e.userName); event.subject = clean(e.subject); event.remote = clean(e.remote)
        event.at = AuditEntry.parseTimestamp(ts) ?? e.at
        let hash = AuditEntry.chainHash(sequence: seq, timestamp: ts, userID: event.userID, userName: event.userName,
                                        role: event.role, action: event.action.rawValue, subject: event.subject,
                                        remote: event.remote, previousHash: prev)
        try await db.raw("""
            INSERT INTO hearth_audit_log (seq, at, user_id, user_name, role, action, subject, remote, prev_hash, hash)
            VALUES (\(bind: seq), \(bind: ts), \(bind: event.userID), \(bind: event.userName), \(bind: event.role),
                    \(bind: event.action.rawValue), \(bind: event.subject), \(bind: event.remote), \(bind: prev), \(bind: hash))
            """).run()
        return AuditEntry(sequence: seq, event: event, previousHash: prev, hash: hash)
    }

    public func auditEntries(_ f: AuditFilter) async throws -> [AuditEntry] {
        var q = SQLQueryString("SELECT * FROM hearth_audit_log WHERE 1=1")
        if let u = f.userName, !u.isEmpty { q.appendInterpolation(unsafeRaw: " AND user_name = "); q.appendInterpolation(bind: u) }
        if let a = f.action { q.appendInterpolation(unsafeRaw: " AND action = "); q.appendInterpolation(bind: a.rawValue) }
        if let s = f.subjectContains, !s.isEmpty {
            // A plain substring test (no LIKE wildcards to escape); the function's name differs.
            q.appendInterpolation(unsafeRaw: engine == .sqlite ? " AND instr(subject, " : " AND strpos(subject, ")
            q.appendInterpolation(bind: s); q.appendInterpolation(unsafeRaw: ") > 0")
        }
        if let from = f.from { q.appendInterpolation(unsafeRaw: " AND at >= "); q.appendInterpolation(bind: AuditEntry.timestamp(from)) }
        if let to = f.to { q.appendInterpolation(unsafeRaw: " AND at < "); q.appendInterpolation(bind: AuditEntry.timestamp(to)) }
        q.appendInterpolation(unsafeRaw: " ORDER BY seq DESC LIMIT \(max(1, min(f.limit, 5000)))")
        return try await db.raw(q).all().map(Self.decodeAudit)
    }

    public func verifyAuditChain() async throws -> AuditChainReport {
        let rows = try await db.raw("SELECT * FROM hearth_audit_log ORDER BY seq").all()
        var previous = AuditEntry.genesisHash
        var expectedSeq = 1
        for row in rows {
            let e = try Self.decodeAudit(row)
            let ts = try row.decode(column: "at", as: String.self)
            if e.sequence != expectedSeq {
                return AuditChainReport(rowsChecked: expectedSeq - 1, firstBrokenSequence: expectedSeq,
                                        problem: "row \(expectedSeq) is missing (next row is \(e.sequence))")
            }
            if e.previousHash != previous {
                return AuditChainReport(rowsChecked: expectedSeq - 1, firstBrokenSequence: e.sequence,
                                        problem: "row \(e.sequence) does not follow the hash of row \(e.sequence - 1)")
            }
            let recomputed = AuditEntry.chainHash(
                sequence: e.sequence, timestamp: ts, userID: e.event.userID, userName: e.event.userName, role: e.event.role,
                action: try row.decode(column: "action", as: String.self), subject: e.event.subject, remote: e.event.remote,
                previousHash: e.previousHash)
            if recomputed != e.hash {
                return AuditChainReport(rowsChecked: expectedSeq - 1, firstBrokenSequence: e.sequence,
                                        problem: "row \(e.sequence) was altered: its contents no longer match its hash")
            }
            previous = e.hash
            expectedSeq += 1
        }
        return AuditChainReport(rowsChecked: rows.count, firstBrokenSequence: nil, problem: nil)
    }

    private static func decodeAudit(_ row: any SQLRow) throws -> AuditEntry {
        let actionText = try row.decode(column: "action", as: String.self)
        let ts = try row.decode(column: "at", as: String.self)
        return AuditEntry(
            sequence: try row.decode(column: "seq", as: Int.self),
            event: AuditEvent(
                at: AuditEntry.parseTimestamp(ts) ?? Date(timeIntervalSince1970: 0),
                userID: try row.decode(column: "user_id", as: Int?.self),
                userName: try row.decode(column: "user_name", as: String.self),
                role: try row.decode(column: "role", as: String.self),
                // An unknown action text is itself tampering; keep the row so verification reports it.
                action: AuditAction(rawValue: actionText) ?? .import,
                subject: try row.decode(column: "subject", as: String.self),
                remote: try row.decode(column: "remote", as: String.self)),
            previousHash: try row.decode(column: "prev_hash", as: String.self),
            hash: try row.decode(column: "hash", as: String.self))
    }
}

