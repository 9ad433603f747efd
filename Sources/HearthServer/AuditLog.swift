import Crypto
import Foundation

/// What is audited: every view of a child record, every drill-down list of children, every export
/// and every import, plus sign-ins and changes to users.
public enum AuditAction: String, CaseIterable, Sendable, Codable {
    case viewChild = "view-child"
    case drillDownList = "drill-down-list"
    case export
    case `import`
    case signIn = "sign-in"
    case signInFailed = "sign-in-failed"
    case userCreated = "user-created"
}

/// One thing that happened, before it is numbered and chained.
public struct AuditEvent: Sendable, Hashable {
    public var at: Date
    public var userID: Int?
    public var userName: String
    public var role: String
    public var action: AuditAction
    /// What was seen or done: a child id, a list's scope and filter, a file name.
    public var subject: String
    /// The client address the request came from.
    public var remote: String

    public init(at: Date = Date(), userID: Int?, userName: String, role: String, action: AuditAction, subject: String, remote: String) {
        self.at = at; self.userID = userID; self.userName = userName; self.role = role
        self.action = action; self.subject = subject; self.remote = remote
    }
}

/// A stored audit row. `hash` = SHA-256 over the row's fields and the previous row's hash, so
/// changing or removing any earlier row breaks every hash after it.
public struct AuditEntry: Sendable, Hashable {
    public var sequence: Int
    public var event: AuditEvent
    public var previousHash: String
    public var hash: String

    public static let genesisHash = String(repeating: "0", count: 64)

    /// The timestamp as stored: ISO 8601 UTC with milliseconds, so it round-trips exactly.
    public static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }

    public static func parseTimestamp(_ s: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.date(from: s)
    }

    /// The chained hash of a row, over fields separated by a unit separator that no field may hold.
    public static func chainHash(sequence: Int, timestamp: String, userID: Int?, userName: String, role: String,
                                 action: String, subject: String, remote: String, previousHash: String) -> String {
        let parts = [String(sequence), timestamp, userID.map(String.init) ?? "", userName, role, action, subject, remote, previousHash]
        let digest = SHA256.hash(data: Data(parts.joined(separator: "\u{1F}").utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }
}

/// The administrator's filter on the audit page.
public struct AuditFilter: Sendable, Hashable {
    public var userName: String?
    public var action: AuditAction?
    /// Matches any subject containing this text (a child id, say).
    public var subjectContains: String?
    public var from: Date?
    public var to: Date?
    public var limit: Int
    public init(userName: String? = nil, action: AuditAction? = nil, subjectContains: String? = nil,
                from: Date? = nil, to: Date? = nil, limit: Int = 500) {
        self.userName = userName; self.action = action; self.subjectContains = subjectContains
        self.from = from; self.to = to; self.limit = limit
    }
}

public struct AuditChainReport: Sendable, Hashable {
    public var rowsChecked: Int
    /// The first sequence number whose row does not match its hash or its predecessor; nil when intact.
    public var firstBrokenSequence: Int?
    public var problem: String?
    public var isIntact: Bool { firstBrokenSequence == nil }
}
