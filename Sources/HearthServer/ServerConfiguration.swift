import Foundation

/// How the web application runs.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Set when a TLS-terminating reverse proxy fronts the server: cookies get `Secure`, responses
    /// get HSTS, and the client address is taken from the proxy's `X-Forwarded-For`.
    public var behindTLSProxy: Bool
    /// An absolute session lifetime; a user signs in again after it.
    public var sessionLifetime: TimeInterval
    /// bcrypt cost for passwords set through the web. 12 in production; tests lower it.
    public var bcryptCost: UInt8
    public var loginAttemptLimit: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, behindTLSProxy: Bool = false,
                sessionLifetime: TimeInterval = 8 * 3600, bcryptCost: UInt8 = 12, loginAttemptLimit: Int = 5) {
        self.host = host; self.port = port; self.behindTLSProxy = behindTLSProxy
        self.sessionLifetime = sessionLifetime; self.bcryptCost = bcryptCost; self.loginAttemptLimit = loginAttemptLimit
    }
}
