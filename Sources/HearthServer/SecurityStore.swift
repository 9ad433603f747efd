import Foundation

/// Where users, sessions, API tokens and the audit log live. Kept behind this protocol so the
/// tables can move into HearthStore (and PostgreSQL) without touching the web code.
public protocol SecurityStore: Sendable {
    func addUser(name: String, role: StaffRole, scope: StaffScope, passwordHash: String) async throws -> StaffUser
    func user(named name: String) async throws -> StaffUser?
    func user(id: Int) async throws -> StaffUser?
    func users() async throws -> [StaffUser]

    func saveSession(_ session: WebSession) async throws
    func session(tokenHash: String) async throws -> WebSession?
    func deleteSession(tokenHash: String) async throws

    func saveAPIToken(tokenHash: String, userID: Int, label: String) async throws
    func userID(forAPITokenHash tokenHash: String) async throws -> Int?

    /// Appends one entry, chaining its hash to the previous entry's.
    @discardableResult
    func appendAudit(_ event: AuditEvent) async throws -> AuditEntry
    func auditEntries(_ filter: AuditFilter) async throws -> [AuditEntry]
    /// Re-computes every hash in order; the first row that does not match is reported.
    func verifyAuditChain() async throws -> AuditChainReport
}

/// A signed-in browser session. Only the SHA-256 of the cookie token is stored, so a copy of the
/// database does not hand out live sessions.
public struct WebSession: Sendable, Hashable {
    public var tokenHash: String
    public var userID: Int
    /// The synchroniser token every form in this session must carry.
    public var csrfToken: String
    public var created: Date
    public var expires: Date
    public init(tokenHash: String, userID: Int, csrfToken: String, created: Date, expires: Date) {
        self.tokenHash = tokenHash; self.userID = userID; self.csrfToken = csrfToken
        self.created = created; self.expires = expires
    }
}

public enum StoreError: Error, CustomStringConvertible {
    case duplicateUser(String)
    case invalid(String)
    public var description: String {
        switch self {
        case .duplicateUser(let n): "a user named \(n) already exists"
        case .invalid(let m): m
        }
    }
}
