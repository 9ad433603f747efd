import Hearth
import HearthReturns
import HearthStore

/// The county the server serves, read from the case store (HearthStore), which accepted imports
/// are merged into.
///
/// An import goes through `CaseStore.mergeImport`, the same call `hearth import 903|cin` makes:
/// one transaction that brings in the return's data for its collection years and keeps everything
/// else (docs/returns.md, "Importing into a store"); the change history gains an `import-merge`
/// entry. Only after the commit is the county re-read from the store and served under a new
/// version, so the pages show exactly what was stored and a failed write changes nothing.
public actor StoredCaseload: CaseloadSource {
    public let store: CaseStore
    public nonisolated let council: String
    public nonisolated let importDestination: String?
    private var current: CaseloadSnapshot
    /// One import at a time: a second one waiting behind the first would merge into a county
    /// its reviewer never saw.
    private var importing = false

    /// Serves `county`, already read from `store` (so a server starting on a large county reads it once).
    public init(store: CaseStore, county: County) {
        self.store = store
        self.council = county.councilCode
        self.importDestination = "council \(county.councilCode) in the case store \(store.location)"
        self.current = CaseloadSnapshot(county: county, version: 1)
    }

    /// Reads the council's county from `store`.
    public static func open(_ store: CaseStore, council: String) async throws -> StoredCaseload {
        guard let county = try await store.load(council: council) else { throw HearthStore.StoreError.noSuchCouncil(council) }
        return StoredCaseload(store: store, county: county)
    }

    public func snapshot() -> CaseloadSnapshot { current }

    public func storeImport(_ imported: ReturnImport, by user: String) async throws -> StoredImport {
        let county = imported.county
        guard county.councilCode == council else {
            throw ImportNotStored("the return is for council \(county.councilCode); this server holds council \(council)")
        }
        guard !importing else { throw ImportNotStored("another import is being stored; try again when it has finished") }
        importing = true
        defer { importing = false }
        let summary = try await store.mergeImport(county, slice: imported.slice, years: imported.collectionYears, by: user)
        // Committed: nothing after this point may throw, or the page would say nothing was stored.
        // Serve what the store now holds; should re-reading fail, merge into the served copy,
        // which gives the same records.
        let stored = (try? await store.load(council: council)) ?? merged(imported)
        let childrenBefore = current.county.children.count
        current = CaseloadSnapshot(county: stored, version: current.version + 1)
        return StoredImport(council: council, childrenBefore: childrenBefore, childrenAfter: stored.children.count,
                            added: summary.added, updated: summary.updated, kept: summary.kept, rowsWritten: summary.rows,
                            version: current.version)
    }

    /// The served county with the return merged in, as the store merged it.
    private func merged(_ imported: ReturnImport) -> County {
        let merge = imported.merge(into: current.county)
        var county = current.county
        let updated = Dictionary(merge.updated.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        county.children = county.children.map { updated[$0.id] ?? $0 } + merge.added
        return county
    }
}
