import Hearth
import HearthStore

/// The county the server serves, read from the case store (HearthStore), which accepted imports
/// are written back to.
///
/// An import goes through `CaseStore.save`, the same call `hearth import 903|cin` makes: one
/// transaction replacing everything the store held for the council (the change history gains an
/// `import` entry). Only after the commit is the county re-read from the store and served under a
/// new version, so the pages show exactly what was stored and a failed write changes nothing.
public actor StoredCaseload: CaseloadSource {
    public let store: CaseStore
    public nonisolated let council: String
    public nonisolated let importDestination: String?
    private var current: CaseloadSnapshot
    /// One import at a time: a second one waiting behind the first would replace it unseen.
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

    public func storeImport(_ county: County, by user: String) async throws -> StoredImport {
        guard county.councilCode == council else {
            throw ImportNotStored("the return is for council \(county.councilCode); this server holds council \(council)")
        }
        guard !importing else { throw ImportNotStored("another import is being stored; try again when it has finished") }
        importing = true
        defer { importing = false }
        let before = try await caseRows()
        let summary = try await store.save(county, by: user)
        // Committed: nothing after this point may throw, or the page would say nothing was stored.
        // Serve what the store now holds; should re-reading fail, the saved county is the same data.
        let stored = (try? await store.load(council: council)) ?? county
        let after = summary.rows
        let childrenBefore = current.county.children.count
        current = CaseloadSnapshot(county: stored, version: current.version + 1)
        return StoredImport(council: council, childrenBefore: childrenBefore, childrenAfter: stored.children.count,
                            rowsBefore: before, rowsAfter: after, version: current.version)
    }

    /// Rows of the council's case tables (what a save replaces: everything but the change history).
    private func caseRows() async throws -> Int {
        try await store.rowCounts(council: council).filter { $0.table != "change_history" }.reduce(0) { $0 + $1.rows }
    }
}
