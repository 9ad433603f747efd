import Foundation
import Hearth
import SQLKit

/// A child's record as stored, with the version that an amendment must name.
public struct StoredChild: Sendable, Equatable {
    public var record: ChildRecord
    /// Starts at 1 when the county is imported or the child added; +1 per amendment.
    public var version: Int
}

/// One entry of the change history.
public struct ChangeEntry: Sendable, Equatable {
    public var id: Int
    public var child: ChildID?
    public var version: Int
    /// UTC ISO 8601.
    public var at: String
    public var by: String
    /// `import`, `add-child`, `amend`, or the name of the recording operation.
    public var action: String
    /// JSON: the child record before and after (row counts per table for an import).
    public var before: String?
    public var after: String?
}

// Recording: append and amend one child's record. Each change is checked against the case
// model's invariants, written in one transaction with its history entry, and refused when the
// record changed since the caller read it (optimistic concurrency: no silent overwrites).
extension CaseStore {
    /// One child's record and version, or nil.
    public func child(_ id: ChildID, council: String) async throws -> StoredChild? {
        try await exclusively { try await readChild(id, council: council) }
    }

    /// Adds a child who is not yet in the store.
    @discardableResult
    public func addChild(_ record: ChildRecord, council: String, by user: String) async throws -> StoredChild {
        try Self.check(record, before: nil)
        return try await writing {
            guard try await councilExists(council) else { throw StoreError.noSuchCouncil(council) }
            if try await readChild(record.id, council: council) != nil {
                throw StoreError.childExists(council: council, child: record.id)
            }
            let seq = try await connection.rows(
                "SELECT COALESCE(MAX(seq), -1) + 1 AS n FROM children WHERE council_code = \(bind: council)")
                .first?.decode(column: "n", as: Int.self) ?? 0
            var rows = CountyRows(council: council)
            rows.addChild(record, seq: seq, version: 1)
            _ = try await insert(rows)
            try await appendHistory(council: council, child: record.id, version: 1, at: Timestamp.now(), by: user,
                                    action: "add-child", before: nil, after: try Self.json(record))
            return StoredChild(record: record, version: 1)
        }
    }

    /// Applies `change` to the stored record and saves it as the next version.
    ///
    /// - `expecting`: the version the caller read; when someone else has saved since, the
    ///   change is refused with `StoreError.staleVersion`. Nil applies to the current version
    ///   (for changes computed inside `change` from the record it is given).
    /// - The changed record must not break any invariant that the stored one kept; breaches it
    ///   already had (imported data) do not block unrelated corrections.
    @discardableResult
    public func amendChild(_ id: ChildID, council: String, by user: String, action: String = "amend",
                           expecting: Int? = nil,
                           _ change: @Sendable (inout ChildRecord) throws -> Void) async throws -> StoredChild {
        try await writing {
            guard let stored = try await readChild(id, council: council) else {
                throw StoreError.noSuchChild(council: council, child: id)
            }
            if let expecting, expecting != stored.version {
                throw StoreError.staleVersion(council: council, child: id, expected: expecting, found: stored.version)
            }
            var record = stored.record
            do { try change(&record) } catch let v as ModelViolation {
                throw StoreError.invalid(ModelViolations([Self.naming(v, id)]))
            }
            guard record.id == id else {
                throw StoreError.invalid(ModelViolations([ModelViolation(
                    child: id, path: "", field: "id", value: record.id.rawValue, message: "a child's id cannot be changed")]))
            }
            try Self.check(record, before: stored.record)
            guard record != stored.record else { return stored }
            let seq = try await connection.rows(
                "SELECT seq FROM children WHERE council_code = \(bind: council) AND child_id = \(bind: id.rawValue)")
                .first?.decode(column: "seq", as: Int.self) ?? 0
            for table in Schema.childTables {
                try await connection.run(
                    "DELETE FROM \(unsafeRaw: table.name) WHERE council_code = \(bind: council) AND child_id = \(bind: id.rawValue)")
            }
            var rows = CountyRows(council: council)
            rows.addChild(record, seq: seq, version: stored.version + 1)
            _ = try await insert(rows)
            try await appendHistory(council: council, child: id, version: stored.version + 1, at: Timestamp.now(),
                                    by: user, action: action, before: try Self.json(stored.record),
                                    after: try Self.json(record))
            return StoredChild(record: record, version: stored.version + 1)
        }
    }

    // MARK: Common recordings

    /// A new referral: a children-in-need episode opened for the child.
    @discardableResult
    public func recordReferral(_ episode: ChildInNeedEpisode, child: ChildID, council: String, by user: String,
                               expecting: Int? = nil) async throws -> StoredChild {
        try await amendChild(child, council: council, by: user, action: "referral", expecting: expecting) {
            $0.childInNeedEpisodes.append(episode)
        }
    }

    /// A placement change within the open period of care, through the model's own mutator.
    @discardableResult
    public func changePlacement(child: ChildID, council: String, to placement: PlacementSpan, on day: Day,
                                reason: ReasonForPlacementChange?, by user: String,
                                expecting: Int? = nil) async throws -> StoredChild {
        try await amendChild(child, council: council, by: user, action: "placement-change", expecting: expecting) {
            let p = try Self.openPeriod(in: $0)
            try $0.periodsOfCare[p].changePlacement(to: placement, on: day, reason: reason)
        }
    }

    /// A legal status change within the open period of care.
    @discardableResult
    public func changeLegalStatus(child: ChildID, council: String, to status: LegalStatus, on day: Day,
                                  by user: String, expecting: Int? = nil) async throws -> StoredChild {
        try await amendChild(child, council: council, by: user, action: "legal-status-change", expecting: expecting) {
            let p = try Self.openPeriod(in: $0)
            try $0.periodsOfCare[p].changeLegalStatus(to: status, on: day)
        }
    }

    /// A statutory review of the care plan, recorded against the period of care it falls in.
    @discardableResult
    public func recordCarePlanReview(_ review: CarePlanReview, child: ChildID, council: String, by user: String,
                                     expecting: Int? = nil) async throws -> StoredChild {
        try await amendChild(child, council: council, by: user, action: "care-plan-review", expecting: expecting) { c in
            guard let p = c.periodsOfCare.lastIndex(where: { $0.span.contains(review.date) || $0.span.end == review.date }) else {
                throw ModelViolation(child: c.id, path: "periodsOfCare", field: "reviews.date", value: review.date.description,
                                     message: "the child was not looked after on the review date")
            }
            c.periodsOfCare[p].reviews.append(review)
            c.periodsOfCare[p].reviews.sort { $0.date < $1.date }
        }
    }

    /// Allocates the case to a team and worker from `day`, checking both exist in the council.
    @discardableResult
    public func allocate(child: ChildID, council: String, to team: TeamID, worker: WorkerID?, on day: Day,
                         reason: SocialWorkerChangeReason? = nil, by user: String,
                         expecting: Int? = nil) async throws -> StoredChild {
        let teamKnown = try await exists("teams", "team_id", team.rawValue, council: council)
        var workerKnown = true
        if let worker { workerKnown = try await exists("workers", "worker_id", worker.rawValue, council: council) }
        guard teamKnown, workerKnown else {
            let (field, value) = teamKnown ? ("worker", worker?.rawValue ?? "") : ("team", team.rawValue)
            throw StoreError.invalid(ModelViolations([ModelViolation(child: child, path: "allocations", field: field,
                                                                     value: value, message: "no such \(field) in council \(council)")]))
        }
        return try await amendChild(child, council: council, by: user, action: "allocation", expecting: expecting) {
            try $0.allocate(to: team, worker: worker, on: day, reason: reason)
        }
    }

    /// The change history, oldest first: one child's, or (nil) the whole council's.
    public func history(council: String, child: ChildID? = nil) async throws -> [ChangeEntry] {
        try await exclusively {
            var query: SQLQueryString = "SELECT \(unsafeRaw: Schema.changeHistory.columnList) FROM change_history WHERE council_code = \(bind: council)"
            if let child { query = "\(query) AND child_id = \(bind: child.rawValue)" }
            query = "\(query) ORDER BY change_id"
            return try await connection.rows(query).map { row in
                let f = Fields(row: row, table: "change_history")
                return ChangeEntry(id: try f.int("change_id"), child: try f.optText("child_id").map(ChildID.init),
                                   version: try f.int("version"), at: try f.text("changed_at"), by: try f.text("changed_by"),
                                   action: try f.text("action"), before: try f.optText("before_json"),
                                   after: try f.optText("after_json"))
            }
        }
    }

    // MARK: Helpers

    private func readChild(_ id: ChildID, council: String) async throws -> StoredChild? {
        let found = try await CountyReader(connection: connection, council: council, child: id).children()
        return found.first.map { StoredChild(record: $0.record, version: $0.version) }
    }

    private func councilExists(_ council: String) async throws -> Bool {
        try await connection.rows("SELECT COUNT(*) AS n FROM councils WHERE council_code = \(bind: council)")
            .first?.decode(column: "n", as: Int.self) ?? 0 > 0
    }

    private func exists(_ table: String, _ column: String, _ value: String, council: String) async throws -> Bool {
        try await exclusively {
            try await connection.rows("""
                SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE council_code = \(bind: council) AND \(unsafeRaw: column) = \(bind: value)
                """).first?.decode(column: "n", as: Int.self) ?? 0 > 0
        }
    }

    /// Refuses a record that breaks an invariant the previous version kept.
    static func check(_ record: ChildRecord, before: ChildRecord?) throws {
        let already = Set((before?.violations() ?? []).map(\.description))
        let new = record.violations().filter { !already.contains($0.description) }
        if !new.isEmpty { throw StoreError.invalid(ModelViolations(new)) }
    }

    static func openPeriod(in c: ChildRecord) throws -> Int {
        guard let p = c.periodsOfCare.lastIndex(where: { $0.span.end == nil }) else {
            throw ModelViolation(child: c.id, path: "periodsOfCare", field: "end", value: "none open",
                                 message: "the child has no open period of care")
        }
        return p
    }

    static func naming(_ v: ModelViolation, _ id: ChildID) -> ModelViolation {
        var v = v
        if v.child == nil { v.child = id }
        return v
    }

    static func json(_ record: ChildRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }
}
