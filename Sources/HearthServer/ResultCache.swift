import Hearth

/// Computed results keyed by what they were computed from: the kind of result, the date, the unit
/// and the data version. A new data version (an import, a reload) invalidates everything older
/// at the next access, so a stale figure is never served.
public actor ResultCache {
    public struct Key: Hashable, Sendable {
        public var kind: String
        public var date: Day
        public var unit: String
        public var version: Int
    }

    private var entries: [Key: any Sendable] = [:]
    private var order: [Key] = []
    private var currentVersion = 0
    public let capacity: Int
    public private(set) var hits = 0
    public private(set) var misses = 0

    public init(capacity: Int = 512) { self.capacity = capacity }

    /// The cached value for `key`, or `compute()`'s result stored under it.
    public func value<T: Sendable>(_ key: Key, compute: @Sendable () throws -> T) rethrows -> T {
        if key.version != currentVersion {
            if key.version > currentVersion { entries.removeAll(); order.removeAll(); currentVersion = key.version }
        }
        if let v = entries[key] as? T { hits += 1; return v }
        misses += 1
        let v = try compute()
        if key.version == currentVersion {
            entries[key] = v
            order.append(key)
            if order.count > capacity { entries[order.removeFirst()] = nil }
        }
        return v
    }

    /// The cached value for `key`, if any (for async computations, paired with `store`).
    public func cached<T: Sendable>(_ key: Key) -> T? {
        if key.version > currentVersion { entries.removeAll(); order.removeAll(); currentVersion = key.version }
        if let v = entries[key] as? T { hits += 1; return v }
        misses += 1
        return nil
    }

    public func store<T: Sendable>(_ key: Key, _ value: T) {
        guard key.version >= currentVersion else { return }
        if key.version > currentVersion { entries.removeAll(); order.removeAll(); currentVersion = key.version }
        if entries[key] == nil { order.append(key) }
        entries[key] = value
        if order.count > capacity { entries[order.removeFirst()] = nil }
    }

    public var count: Int { entries.count }
}
