import Hearth
import HearthReturns

/// The case data the server reads: the county and a version that changes whenever the data does,
/// so cached results computed from an older version are never served.
public protocol CaseloadSource: Sendable {
    func snapshot() async throws -> CaseloadSnapshot
    /// Where an accepted import is stored (for the import page), or nil when this server cannot
    /// store one (a county served from an archive).
    var importDestination: String? { get }
    /// Merges an accepted return into the council's case records (`CaseStore.mergeImport`), then
    /// serves the result: the version moves on, so every cached result is recomputed. Throws,
    /// with the store and the served county unchanged, when the write fails.
    func storeImport(_ imported: ReturnImport, by user: String) async throws -> StoredImport
}

/// What an accepted import changed, for the page and the audit log.
public struct StoredImport: Sendable, Equatable {
    public var council: String
    public var childrenBefore: Int
    public var childrenAfter: Int
    /// Children the return added, stored children it updated, and children kept unchanged.
    public var added: Int
    public var updated: Int
    public var kept: Int
    /// Case rows written: the added and updated children's.
    public var rowsWritten: Int
    public var version: Int
    public init(council: String, childrenBefore: Int, childrenAfter: Int, added: Int, updated: Int, kept: Int,
                rowsWritten: Int, version: Int) {
        self.council = council; self.childrenBefore = childrenBefore; self.childrenAfter = childrenAfter
        self.added = added; self.updated = updated; self.kept = kept; self.rowsWritten = rowsWritten; self.version = version
    }
}

/// Why an import could not be stored (the store itself is unchanged).
public struct ImportNotStored: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// One consistent view of the county, indexed for lookups by child id.
public struct CaseloadSnapshot: Sendable {
    public let county: County
    public let version: Int
    private let index: [ChildID: Int]

    public init(county: County, version: Int) {
        self.county = county
        self.version = version
        var index: [ChildID: Int] = [:]
        index.reserveCapacity(county.children.count)
        for (i, c) in county.children.enumerated() { index[c.id] = i }
        self.index = index
    }

    public func child(_ id: ChildID) -> ChildRecord? { index[id].map { county.children[$0] } }
}

/// A county held in memory only (a JSON Lines archive, or tests): it has no case store, so the
/// import page refuses to accept a return rather than pretend to store it.
public actor InMemoryCaseload: CaseloadSource {
    private var current: CaseloadSnapshot

    public init(county: County) { current = CaseloadSnapshot(county: county, version: 1) }

    public func snapshot() -> CaseloadSnapshot { current }

    /// Replaces the county in memory (tests, reloads); the version moves on, which invalidates
    /// every cached result.
    public func replace(with county: County) {
        current = CaseloadSnapshot(county: county, version: current.version + 1)
    }

    public nonisolated var importDestination: String? { nil }

    public func storeImport(_ imported: ReturnImport, by user: String) async throws -> StoredImport {
        throw ImportNotStored("this server serves a county archive, not a case store; start it with `hearth serve --database` to import")
    }
}
