import Hummingbird
import NIOCore

/// Per-request state: who is signed in (by cookie session or bearer token) and from where.
public struct HearthRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// Set by `SignInMiddleware` when the request carries a valid session or API token.
    public var identity: Identity?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        identity = nil
    }

    /// The remote address as text, for the audit log ("from where").
    public var remoteText: String { remoteAddress?.ipAddress ?? "unknown" }

    /// Uploads (903 and CIN files) can be larger than the default 2 MB.
    public var maxUploadSize: Int { 64 * 1024 * 1024 }
}

/// The signed-in user and how they signed in.
public struct Identity: Sendable {
    public var user: StaffUser
    /// The browser session; nil for a bearer token, which needs no CSRF token because browsers
    /// never attach it by themselves.
    public var session: WebSession?
}
