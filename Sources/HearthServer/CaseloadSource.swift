import Hearth

/// The case data the server reads: the county and a version that changes whenever the data does,
/// so cached results computed from an older version are never served.
public protocol CaseloadSource: Sendable {
    func snapshot() async throws -> CaseloadSnapshot
    /// Replaces the county as a whole (an accepted import); the version moves on.
    func replace(with county: County) async throws
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

/// A county held in memory (loaded from the store or generated), replaced as a whole on import.
public actor InMemoryCaseload: CaseloadSource {
    private var current: CaseloadSnapshot

    public init(county: County) { current = CaseloadSnapshot(county: county, version: 1) }

    public func snapshot() -> CaseloadSnapshot { current }

    /// Replaces the county; the version moves on, which invalidates every cached result.
    public func replace(with county: County) {
        current = CaseloadSnapshot(county: county, version: current.version + 1)
    }
}
