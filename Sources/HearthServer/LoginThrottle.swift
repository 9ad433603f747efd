import Foundation

/// Limits failed sign-ins: after `limit` failures within `window` from one address, or against one
/// user name, further attempts are refused until the window passes. Held in memory: a restart
/// clears it, which is acceptable because bcrypt already makes each guess slow.
public actor LoginThrottle {
    private var failures: [String: [Date]] = [:]
    public let limit: Int
    public let window: TimeInterval

    public init(limit: Int = 5, window: TimeInterval = 15 * 60) { self.limit = limit; self.window = window }

    /// Whether an attempt from `address` for `userName` may proceed now.
    public func permits(address: String, userName: String, now: Date = Date()) -> Bool {
        prune(now)
        return (failures["ip:" + address]?.count ?? 0) < limit && (failures["user:" + userName.lowercased()]?.count ?? 0) < limit
    }

    public func recordFailure(address: String, userName: String, now: Date = Date()) {
        failures["ip:" + address, default: []].append(now)
        failures["user:" + userName.lowercased(), default: []].append(now)
    }

    public func recordSuccess(address: String, userName: String) {
        failures["user:" + userName.lowercased()] = nil
    }

    private func prune(_ now: Date) {
        let cutoff = now.addingTimeInterval(-window)
        for (k, v) in failures {
            let kept = v.filter { $0 > cutoff }
            failures[k] = kept.isEmpty ? nil : kept
        }
    }
}
