import Foundation
import HearthValidation

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
    /// What the import page's DfE validation may use beyond the upload (the inputs of `hearth validate`).
    public var validationInputs: ValidationInputs

    public init(host: String = "127.0.0.1", port: Int = 8080, behindTLSProxy: Bool = false,
                sessionLifetime: TimeInterval = 8 * 3600, bcryptCost: UInt8 = 12, loginAttemptLimit: Int = 5,
                validationInputs: ValidationInputs = ValidationInputs()) {
        self.host = host; self.port = port; self.behindTLSProxy = behindTLSProxy
        self.sessionLifetime = sessionLifetime; self.bcryptCost = bcryptCost; self.loginAttemptLimit = loginAttemptLimit
        self.validationInputs = validationInputs
    }
}

/// The reference data a council sets once for the server (`hearth serve --la --postcodes
/// --providers`), so the import page checks the rules that need them instead of listing them as
/// "not checked". Last year's return is not asked for: it is written from the served county.
public struct ValidationInputs: Sendable {
    /// The council's upper-tier local-authority code (E10000016), for rules 229, 411, 503J and 1015.
    public var localAuthority: String?
    public var postcodes: (any PostcodeDirectory)?
    public var providers: (any OfstedProviderList)?

    public init(localAuthority: String? = nil, postcodes: (any PostcodeDirectory)? = nil,
                providers: (any OfstedProviderList)? = nil) {
        self.localAuthority = localAuthority; self.postcodes = postcodes; self.providers = providers
    }
}
