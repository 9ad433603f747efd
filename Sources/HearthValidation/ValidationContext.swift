import Dispatch
import Foundation
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
    /// What Ofsted's lists say about a provider, for the rules that compare an episode with its
    /// provider (219, 221, 224, 227–229); nil when the URN is not on the lists.
    func provider(urn: String) -> OfstedProvider?
}

extension OfstedProviderList {
    /// Lists that only answer registration questions know no provider details.
    public func provider(urn: String) -> OfstedProvider? { nil }
}

/// One registered provider from Ofsted's lists, in the terms the 903 rules compare.
public struct OfstedProvider: Sendable, Hashable {
    /// Placement types (PLACE) the registration allows.
    public var placementTypes: Set<String>
    /// Placement provider codes (PLACE_PROVIDER) that fit the provider.
    public var providerCodes: Set<String>
    /// The provider's postcode, without spaces.
    public var postcode: String
    /// When the registration ended, if it has.
    public var registrationEnd: Day?
    /// The upper-tier local authority the provider is in.
    public var localAuthority: String?

    public init(placementTypes: Set<String>, providerCodes: Set<String>, postcode: String,
                registrationEnd: Day? = nil, localAuthority: String? = nil) {
        self.placementTypes = placementTypes; self.providerCodes = providerCodes
        self.postcode = postcode; self.registrationEnd = registrationEnd; self.localAuthority = localAuthority
    }
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
    /// Values derived from the return once per run and shared by every rule (see `derived`).
    private let cache = DerivedValues()
    /// This year's Episodes DECOM and Header DOB, parsed once: nearly every rule reads them, and
    /// reading a parsed array beats fetching the cell from its row each time.
    let episodeStarts: [Day?]
    let headerBirthDates: [Day?]

    public init(current: SSDA903Return, previous: SSDA903Return? = nil, year: CollectionYear,
                localAuthority: String? = nil, postcodes: (any PostcodeDirectory)? = nil,
                providers: (any OfstedProviderList)? = nil) {
        let (current, previous) = ValidationContext.storedByColumn(current, previous)
        self.current = current; self.previous = previous; self.year = year
        self.localAuthority = localAuthority; self.postcodes = postcodes; self.providers = providers
        let episodes = current[.episodes] ?? SSDA903Table(name: .episodes, file: "episodes.csv")
        let header = current[.header] ?? SSDA903Table(name: .header, file: "header.csv")
        // The four indexes are independent: built on every core.
        nonisolated(unsafe) var byChild: [String: [Int]] = [:], headers: [String: Int] = [:]
        nonisolated(unsafe) var starts: [Day?] = [], births: [Day?] = []
        DispatchQueue.concurrentPerform(iterations: 4) { task in
            switch task {
            case 0: byChild = ValidationContext.rowsByChild(episodes, sortedBy: "DECOM")
            case 1: for i in 0..<header.count where headers[header[i, "CHILD"]] == nil { headers[header[i, "CHILD"]] = i }
            case 2: starts = ValidationContext.parsedDates(episodes, "DECOM")
            default: births = ValidationContext.parsedDates(header, "DOB")
            }
        }
        self.episodesByChild = byChild
        self.headerRowByChild = headers
        self.episodeStarts = starts
        self.headerBirthDates = births
    }

    /// Both returns with every table also kept by column (`SSDA903Table.storeByColumn`): rules
    /// scan columns row after row. The tables not yet kept so are copied on every core.
    static func storedByColumn(_ current: SSDA903Return, _ previous: SSDA903Return?) -> (SSDA903Return, SSDA903Return?) {
        let tables = (current.tables.map { (false, $0.value) } + (previous?.tables.map { (true, $0.value) } ?? []))
            .filter { !$0.1.isStoredByColumn }
        guard !tables.isEmpty else { return (current, previous) }
        var stored = tables.map(\.1)
        stored.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: slots.count) { i in slots[i].storeByColumn() }
        }
        var cur = current, prev = previous
        for (i, (isPrevious, t)) in tables.enumerated() {
            if isPrevious { prev?[t.name] = stored[i] } else { cur[t.name] = stored[i] }
        }
        return (cur, prev)
    }

    /// The dates of one column of a table (nil for blank, not a date or no such column).
    static func parsedDates(_ t: SSDA903Table, _ column: String) -> [Day?] {
        guard let c = t.columnIndex(column) else { return [Day?](repeating: nil, count: t.count) }
        return (0..<t.count).map { Day(uk: t.cell($0, at: c)) }
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
        return headerBirthDates[r]
    }

    /// Rows of `table` grouped by CHILD, each group ordered by the date in `column`.
    public static func rowsByChild(_ table: SSDA903Table, sortedBy column: String) -> [String: [Int]] {
        var groups = table.rowGroupsByChild()
        var keys: [Int32]? = nil
        for (k, rows) in groups where rows.count > 1 {
            if keys == nil { keys = (0..<table.count).map { Day(uk: table[$0, column])?.ordinal ?? .max } }
            let key = keys!
            groups[k] = rows.sorted { a, b in key[a] != key[b] ? key[a] < key[b] : a < b }
        }
        return groups
    }

    /// A value computed from the return once per run and shared by every rule that asks for it
    /// under the same key (parsed date columns, children looked after all year, …). Rules run one
    /// after another, so the first asker computes it.
    public func derived<T>(_ key: String, _ make: () -> T) -> T {
        cache.value(key, make)
    }

    /// One column of a table as an array aligned with its rows ("" where absent), built once per
    /// run: rules index it directly instead of looking the column up by name for every row.
    public func column(_ name: SSDA903TableName, _ column: String) -> [String] {
        derived("column:\(name.rawValue):\(column)") {
            let t = table(name)
            guard let c = t.columnIndex(column) else { return [String](repeating: "", count: t.count) }
            return t.storedColumn(c) ?? (0..<t.count).map { t.cell($0, at: c) }
        }
    }

    /// The dates of one column of a table, parsed once per run (nil for blank or not a date).
    public func dates(_ name: SSDA903TableName, _ column: String) -> [Day?] {
        if name == .episodes && column == "DECOM" { return episodeStarts }
        if name == .header && column == "DOB" { return headerBirthDates }
        return derived("dates:\(name.rawValue):\(column)") { ValidationContext.parsedDates(table(name), column) }
    }
}

/// The store behind `ValidationContext.derived`: a lock-guarded dictionary, so a context stays
/// `Sendable` and cheap to copy. Two rules asking at the same moment may both compute a value;
/// derivations are pure, so either result serves.
final class DerivedValues: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Any] = [:]

    func value<T>(_ key: String, _ make: () -> T) -> T {
        lock.lock()
        // Presence first: `values[key] as? T` would read a missing entry as a stored nil when T is Optional.
        if let entry = values[key], let v = entry as? T { lock.unlock(); return v }
        lock.unlock()
        let v = make()
        lock.lock(); values[key] = v; lock.unlock()
        return v
    }
}
