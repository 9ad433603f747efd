import Foundation
import Hearth
import SQLKit

/// What a merging import did to a council (docs/returns.md, "Importing into a store").
public struct MergeSummary: Sendable, Equatable, CustomStringConvertible {
    public var council: String
    public var added: Int
    public var updated: Int
    /// Children whose stored record stayed as it was: in the return unchanged, or not in it.
    public var kept: Int
    /// Case rows written (the changed and new children's).
    public var rows: Int
    /// The store did not hold the council, so the return's whole county was saved.
    public var created: Bool

    public var description: String {
        "added \(added) children, updated \(updated), kept \(kept) unchanged; \(rows) rows written"
            + (created ? " (the council was new to the store)" : "")
    }
}

// Importing a return by merging it into what the store holds: one transaction that reads the
// council, merges the return's slice (`ReturnMerge`, in the case model), and writes only the
// children it changed or added. Workforce, teams, areas, households and postcodes are untouched.
extension CaseStore {
    /// Merges `imported` into the council's stored county for `slice` over `years`.
    ///
    /// - `decide` sees the merge before anything is written (its notes are the user's warnings)
    ///   and throws to refuse it; the transaction then rolls back.
    /// - Merged records that break an invariant the stored record kept: `StoreError.invalid`,
    ///   naming each child, field and value; nothing is stored.
    /// - Changed children keep their saved position and move to the next version; new children
    ///   follow the stored ones at version 1. One `import-merge` history entry records who, when
    ///   and the counts.
    /// - A council the store does not hold yet is saved whole (`save`), workforce included.
    @discardableResult
    public func mergeImport(_ imported: County, slice: ReturnSlice, years: [CollectionYear], by user: String,
                            decide: @Sendable (ReturnMerge) throws -> Void = { _ in }) async throws -> MergeSummary {
        let council = imported.councilCode
        let held = try await exclusively {
            try await connection.rows("SELECT COUNT(*) AS n FROM councils WHERE council_code = \(bind: council)")
                .first?.decode(column: "n", as: Int.self) ?? 0 > 0
        }
        if !held {
            let empty = County(councilCode: council, name: imported.name, extractDate: imported.extractDate)
            try decide(ReturnMerge.merge(stored: empty, imported: imported, slice: slice, years: years))
            let saved = try await save(imported, by: user)
            return MergeSummary(council: council, added: imported.children.count, updated: 0, kept: 0, rows: saved.rows, created: true)
        }
        return try await writing {
            guard let stored = try await CountyReader(connection: connection, council: council).county() else {
                throw StoreError.noSuchCouncil(council)
            }
            let merge = ReturnMerge.merge(stored: stored, imported: imported, slice: slice, years: years)
            if !merge.violations.isEmpty { throw StoreError.invalid(ModelViolations(merge.violations)) }
            try decide(merge)
            var placing: [String: (seq: Int, version: Int)] = [:]
            for row in try await connection.rows("SELECT child_id, seq, version FROM children WHERE council_code = \(bind: council)") {
                placing[try row.decode(column: "child_id", as: String.self)] =
                    (try row.decode(column: "seq", as: Int.self), try row.decode(column: "version", as: Int.self))
            }
            let changedIDs = merge.updated.map(\.id.rawValue)
            for start in stride(from: 0, to: changedIDs.count, by: 500) {
                let ids: [any Encodable & Sendable] = Array(changedIDs[start..<min(start + 500, changedIDs.count)])
                for table in Schema.childTables {
                    try await connection.run(
                        "DELETE FROM \(unsafeRaw: table.name) WHERE council_code = \(bind: council) AND child_id IN (\(binds: ids))")
                }
            }
            var written = 0
            var nextSeq = (placing.values.map(\.seq).max() ?? -1) + 1
            var rows = CountyRows(council: council)
            var pending = 0
            func flush() async throws {
                guard pending > 0 else { return }
                written += try await insert(rows)
                rows = CountyRows(council: council)
                pending = 0
            }
            for child in merge.updated {
                let place = placing[child.id.rawValue] ?? (nextSeq, 0)
                rows.addChild(child, seq: place.seq, version: place.version + 1)
                pending += 1
                if pending == 2_000 { try await flush() }
            }
            for child in merge.added {
                rows.addChild(child, seq: nextSeq, version: 1)
                nextSeq += 1
                pending += 1
                if pending == 2_000 { try await flush() }
            }
            try await flush()
            let now = Timestamp.now()
            try await connection.run("""
                UPDATE councils SET extract_date = \(bind: Int(max(stored.extractDate, imported.extractDate).ordinal)), \
                saved_at = \(bind: now), saved_by = \(bind: user) WHERE council_code = \(bind: council)
                """)
            let counts = "{\"return\":\"\(slice.rawValue)\",\"years\":[\(years.sorted().map { "\"\($0.label)\"" }.joined(separator: ","))],"
                + "\"added\":\(merge.added.count),\"updated\":\(merge.updated.count),\"unchanged\":\(merge.kept)}"
            try await appendHistory(council: council, child: nil, version: 0, at: now, by: user, action: "import-merge",
                                    before: nil, after: counts)
            return MergeSummary(council: council, added: merge.added.count, updated: merge.updated.count, kept: merge.kept,
                                rows: written, created: false)
        }
    }
}
