import Hearth
import HearthReturns

/// ONS postcode directory lookups the distance and location rules need.
public protocol PostcodeDirectory: Sendable {
    /// Grid reference of a postcode, or nil when it is not in the directory.
    func gridReference(_ postcode: String) -> GridReference?
    /// The upper-tier local authority code (for example "E10000016") of a postcode.
    func localAuthority(_ postcode: String) -> String?
}

/// Ofsted's registered providers, by URN, for the URN rules.
public protocol OfstedProviderList: Sendable {
    func isRegistered(urn: String, on day: Day) -> Bool
}

/// What a rule reads: this year's return, optional inputs, and indexes built once per run.
public struct ValidationContext: Sendable {
    public var current: SSDA903Return
    public var previous: SSDA903Return?
    public var year: CollectionYear
    /// The submitting council's code, when known.
    public var localAuthority: String?
    public var postcodes: (any PostcodeDirectory)?
    public var providers: (any OfstedProviderList)?

    /// Episode rows per child, in DECOM order (unparseable dates last, in file order).
    public let episodesByChild: [String: [Int]]
    /// The Header row of each child (the first, when there are duplicates).
    public let headerRowByChild: [String: Int]

    public init(current: SSDA903Return, previous: SSDA903Return? = nil, year: CollectionYear,
                localAuthority: String? = nil, postcodes: (any PostcodeDirectory)? = nil,
                providers: (any OfstedProviderList)? = nil) {
        self.current = current; self.previous = previous; self.year = year
        self.localAuthority = localAuthority; self.postcodes = postcodes; self.providers = providers
        let episodes = current[.episodes] ?? SSDA903Table(name: .episodes, file: "episodes.csv")
        self.episodesByChild = ValidationContext.rowsByChild(episodes, sortedBy: "DECOM")
        var headers: [String: Int] = [:]
        if let h = current[.header] {
            for i in 0..<h.count where headers[h[i, "CHILD"]] == nil { headers[h[i, "CHILD"]] = i }
        }
        self.headerRowByChild = headers
    }

    /// The current year's table, or an empty one when the return did not include it.
    public func table(_ name: SSDA903TableName) -> SSDA903Table {
        current[name] ?? SSDA903Table(name: name, file: name.fileName)
    }

    /// Last year's table, or nil when no previous return was given.
    public func previousTable(_ name: SSDA903TableName) -> SSDA903Table? {
        previous.map { $0[name] ?? SSDA903Table(name: name, file: name.fileName) }
    }

    /// 1 April of the collection year.
    public var collectionStart: Day { year.start }
    /// 31 March at the end of the collection year.
    public var collectionEnd: Day { year.end }

    /// A 903 date cell (`dd/mm/yyyy`), or nil when blank or not a date.
    public func date(_ text: String) -> Day? { Day(uk: text) }

    /// The child's date of birth from Header.
    public func dateOfBirth(child: String) -> Day? {
        guard let r = headerRowByChild[child] else { return nil }
        return date(table(.header)[r, "DOB"])
    }

    /// Rows of `table` grouped by CHILD, each group ordered by the date in `column`.
    public static func rowsByChild(_ table: SSDA903Table, sortedBy column: String) -> [String: [Int]] {
        var groups: [String: [Int]] = [:]
        for i in 0..<table.count { groups[table[i, "CHILD"], default: []].append(i) }
        for (k, rows) in groups where rows.count > 1 {
            groups[k] = rows.sorted { a, b in
                let da = Day(uk: table[a, column])?.ordinal ?? .max, db = Day(uk: table[b, column])?.ordinal ?? .max
                return da != db ? da < db : a < b
            }
        }
        return groups
    }
}
