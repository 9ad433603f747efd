import Foundation
import SQLKit

/// A forward step of the schema. Migrations run in order, each in its own transaction, and
/// `schema_migrations` records which have run. There are no down-migrations: an older Hearth
/// refuses a newer database instead (see `SchemaCheck`).
///
/// Rule for later versions: never edit a released migration; add a new one (ALTER TABLE,
/// CREATE INDEX) and bump `Schema.currentVersion`.
struct Migration: Sendable {
    let version: Int
    let summary: String
    let statements: @Sendable (Connection) -> [String]

    static let all: [Migration] = [
        Migration(version: 1, summary: "case model tables") { c in
            Schema.allTables.map { c.createTableStatement($0) }
        },
        Migration(version: 2, summary: "indexes for the indicator engine's and web pages' access paths") { _ in
            indexes.map { name, table, columns in "CREATE INDEX \(name) ON \(table) (\(columns))" }
        },
    ]

    /// Access paths: a child's record by id (primary keys), caseloads by team and worker,
    /// who is looked after / placed / on a plan on a date, placements with a carer, events by
    /// kind and date, and a child's change history.
    static let indexes: [(String, String, String)] = [
        ("children_by_seq", "children", "council_code, seq"),
        ("children_by_birth", "children", "council_code, date_of_birth"),
        ("workers_by_team", "workers", "council_code, team_id"),
        ("allocations_by_team", "allocations", "council_code, team_id, start_day"),
        ("allocations_by_worker", "allocations", "council_code, worker_id, start_day"),
        ("cin_episodes_by_referral", "cin_episodes", "council_code, referral_date"),
        ("protection_plans_by_start", "protection_plans", "council_code, start_day"),
        ("periods_of_care_by_start", "periods_of_care", "council_code, start_day, end_day"),
        ("placements_by_start", "placements", "council_code, start_day, end_day"),
        ("placements_by_carer", "placements", "council_code, carer_id"),
        ("legal_status_by_start", "legal_status_spans", "council_code, start_day, end_day"),
        ("dated_events_by_date", "dated_events", "council_code, kind, event_date"),
        ("missing_by_start", "missing_episodes", "council_code, start_day"),
        ("history_by_child", "change_history", "council_code, child_id, version"),
    ]
}

/// The version bookkeeping table. It is metadata about the database, so (unlike every data
/// table) it has no council code.
enum SchemaMigrations {
    static let table = "schema_migrations"

    static func currentVersion(_ c: Connection) async throws -> Int {
        guard try await c.tableExists(table) else { return 0 }
        let rows = try await c.rows("SELECT MAX(version) AS v FROM schema_migrations")
        guard let row = rows.first, try !row.decodeNil(column: "v") else { return 0 }
        return try row.decode(column: "v", as: Int.self)
    }

    static func ensureTable(_ c: Connection) async throws {
        guard try await !c.tableExists(table) else { return }
        try await c.run("CREATE TABLE schema_migrations (version BIGINT NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL, summary TEXT NOT NULL)")
    }

    /// Applies every migration above `from` up to `target`, each in its own transaction.
    static func apply(_ c: Connection, from: Int, to target: Int) async throws {
        try await ensureTable(c)
        for m in Migration.all where m.version > from && m.version <= target {
            try await c.transaction {
                for statement in m.statements(c) { try await c.run(statement) }
                try await c.run("""
                    INSERT INTO schema_migrations (version, applied_at, summary) \
                    VALUES (\(bind: m.version), \(bind: Timestamp.now()), \(bind: m.summary))
                    """)
            }
        }
    }
}

enum Timestamp {
    /// UTC ISO 8601 to the second, for history and bookkeeping rows.
    static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }

    /// A compact form for file names.
    static func fileStamp() -> String {
        now().replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
    }
}
