import Foundation
import Hummingbird

/// Resolves the session cookie or bearer token to a signed-in user. Resolved identities are kept
/// for a short time in memory so that pages under load do not each query the store.
struct SignInMiddleware: RouterMiddleware {
    typealias Context = HearthRequestContext
    let store: any SecurityStore
    let cache: IdentityCache

    static let sessionCookie = "hearth_session"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let auth = request.headers[.authorization], auth.lowercased().hasPrefix("bearer ") {
            let token = String(auth.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            context.identity = try await resolve(kind: "api", token: token)
        } else if let token = request.cookies[Self.sessionCookie]?.value, !token.isEmpty {
            context.identity = try await resolve(kind: "web", token: token)
        }
        return try await next(request, context)
    }

    private func resolve(kind: String, token: String) async throws -> Identity? {
        let hash = Secrets.sha256Hex(token)
        if let hit = await cache.get(kind + hash) { return hit }
        var identity: Identity?
        if kind == "api" {
            if let uid = try await store.userID(forAPITokenHash: hash), let u = try await store.user(id: uid), !u.disabled {
                identity = Identity(user: u, session: nil)
            }
        } else if let s = try await store.session(tokenHash: hash), s.expires > Date(),
                  let u = try await store.user(id: s.userID), !u.disabled {
            identity = Identity(user: u, session: s)
        }
        if let identity { await cache.put(kind + hash, identity) }
        return identity
    }
}

/// Recently resolved identities, for at most `ttl` seconds and never past a session's expiry.
actor IdentityCache {
    private var entries: [String: (Identity, Date)] = [:]
    let ttl: TimeInterval
    init(ttl: TimeInterval = 30) { self.ttl = ttl }

    func get(_ key: String) -> Identity? {
        guard let (id, until) = entries[key] else { return nil }
        if until < Date() || (id.session.map { $0.expires < Date() } ?? false) { entries[key] = nil; return nil }
        return id
    }
    func put(_ key: String, _ id: Identity) {
        if entries.count > 10_000 { entries.removeAll() }
        entries[key] = (id, Date().addingTimeInterval(ttl))
    }
    func remove(_ key: String) { entries[key] = nil }
    func removeAll() { entries.removeAll() }
}
