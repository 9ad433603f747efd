import Foundation
import Hearth
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// The web application: pages, JSON API and assets over a caseload and a security store.
/// Every handler is registered through `on(_:)`, which applies the route table, sign-in, role
/// and CSRF checks before the handler runs.
public struct HearthWeb: Sendable {
    public let caseload: any CaseloadSource
    public let store: any SecurityStore
    public let configuration: ServerConfiguration
    let throttle: LoginThrottle
    let cache: ResultCache
    let identities: IdentityCache
    let renderer: PageRenderer
    /// Uploaded returns awaiting accept or cancel, per session.
    let pendingReturns: PendingReturns
    /// The indicators engine; nil in a build without it (the scorecard pages then say so).
    let scorecardSource: (any ScorecardSource)?

    public init(caseload: any CaseloadSource, store: any SecurityStore, configuration: ServerConfiguration = .init(),
                scorecardSource: (any ScorecardSource)? = nil, importStaging: URL? = nil) throws {
        self.scorecardSource = scorecardSource
        self.pendingReturns = importStaging.map { PendingReturns(root: $0) } ?? PendingReturns()
        self.caseload = caseload
        self.store = store
        self.configuration = configuration
        self.throttle = LoginThrottle(limit: configuration.loginAttemptLimit)
        self.cache = ResultCache()
        self.identities = IdentityCache()
        self.renderer = try PageRenderer()
    }

    typealias Handler = @Sendable (Request, HearthRequestContext, FormData) async throws -> Response

    public func buildRouter() -> Router<HearthRequestContext> {
        let router = Router(context: HearthRequestContext.self)
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware(tls: configuration.behindTLSProxy))
        router.add(middleware: SignInMiddleware(store: store, cache: identities))
        for endpoint in Endpoint.allCases { on(endpoint, router: router, handler: handler(for: endpoint)) }
        return router
    }

    public func buildApplication(logger: Logger? = nil) -> some ApplicationProtocol {
        var log = logger ?? Logger(label: "hearth.server")
        if logger == nil { log.logLevel = .info }
        return Application(
            router: buildRouter(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Hearth"),
            logger: log)
    }

    /// The handler for each endpoint: an exhaustive switch, so adding an endpoint without a
    /// handler does not compile, and `RouteTable.entry` traps if it has no access entry.
    private func handler(for endpoint: Endpoint) -> Handler {
        switch endpoint {
        case .stylesheet: { _, _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        case .health: { _, _, _ in Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ok"))) }
        case .loginPage: loginPage
        case .loginSubmit: loginSubmit
        case .logout: logout
        case .home: home
        case .childrenList: childrenList
        case .childrenCSV: childrenCSV
        case .childChronology: childChronology
        case .childChronologyCSV: childChronologyCSV
        case .activity: activityPage
        case .activityCSV: activityCSV
        case .scorecard: scorecardPage
        case .scorecardCSV: scorecardCSV
        case .indicator: indicatorPage
        case .indicatorCSV: indicatorCSV
        case .indicatorChildren: indicatorChildren
        case .indicatorChildrenCSV: indicatorChildrenCSV
        case .uascImpact: uascImpactPage
        case .uascImpactCSV: uascImpactCSV
        case .exceptions: exceptionsPage
        case .exceptionsCSV: exceptionsCSV
        case .committeePack: committeePack
        case .apiScorecard: apiScorecard
        case .importPage: importPage
        case .importSubmit: importSubmit
        case .importAccept: importAccept
        case .importCancel: importCancel
        case .importFindingsCSV: importFindingsCSV
        case .adminUsers: adminUsers
        case .adminUsersCSV: adminUsersCSV
        case .adminUserCreate: adminUserCreate
        case .adminAudit: adminAudit
        case .adminAuditCSV: adminAuditCSV
        case .apiChildren: apiChildren
        case .apiChild: apiChild
        case .apiActivity: apiActivity
        case .openAPI: { _, _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"],
                     body: .init(byteBuffer: ByteBuffer(data: OpenAPIDocument.json())))
        }
        }
    }

    private func on(_ endpoint: Endpoint, router: Router<HearthRequestContext>, handler: @escaping Handler) {
        let entry = RouteTable.entry(endpoint)
        let path = RouterPath(entry.path)
        let guarded: @Sendable (Request, HearthRequestContext) async throws -> Response = { request, context in
            try await self.guardAndRun(entry, request, context, handler)
        }
        switch entry.method {
        case .get: router.get(path, use: guarded)
        case .post: router.post(path, use: guarded)
        }
    }

    private func guardAndRun(_ entry: RouteEntry, _ request: Request, _ context: HearthRequestContext,
                             _ handler: Handler) async throws -> Response {
        var request = request
        if case .roles = entry.access {
            guard let identity = context.identity else { return unauthenticated(entry) }
            guard entry.access.allows(identity.user.role) else { return forbidden(entry, identity) }
        }
        var form = FormData("")
        if entry.method == .post {
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            form = FormData(body: Array(buffer: body), contentType: request.headers[.contentType])
            guard csrfValid(form: form, request: request, context: context) else {
                return renderer.error(.forbidden, heading: "This form has expired",
                                      message: "Go back, reload the page and try again.", identity: context.identity)
            }
        }
        return try await handler(request, context, form)
    }

    /// The synchroniser token of the session, or (before sign-in) the double-submit cookie.
    private func csrfValid(form: FormData, request: Request, context: HearthRequestContext) -> Bool {
        guard let sent = form["csrf"], !sent.isEmpty else { return false }
        if let session = context.identity?.session { return Secrets.constantTimeEquals(sent, session.csrfToken) }
        if context.identity != nil { return false }
        guard let cookie = request.cookies[Self.loginCSRFCookie]?.value else { return false }
        return Secrets.constantTimeEquals(sent, cookie)
    }

    static let loginCSRFCookie = "hearth_login_csrf"

    private func unauthenticated(_ entry: RouteEntry) -> Response {
        if entry.kind == .api {
            return json(["error": "sign-in required: send Authorization: Bearer <token>"], status: .unauthorized,
                        extraHeaders: [.wwwAuthenticate: "Bearer"])
        }
        return Response(status: .seeOther, headers: [.location: "/login"])
    }

    private func forbidden(_ entry: RouteEntry, _ identity: Identity) -> Response {
        if entry.kind == .api { return json(["error": "your role may not use this route"], status: .forbidden) }
        return renderer.error(.forbidden, heading: "You cannot see this page",
                              message: "Your role (\(identity.user.role.label)) does not give access to it.", identity: identity)
    }

    // MARK: Shared helpers

    func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, extraHeaders: HTTPFields = [:]) -> Response {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        let data = (try? enc.encode(value)) ?? Data("{}".utf8)
        var headers: HTTPFields = [.contentType: "application/json"]
        headers.append(contentsOf: extraHeaders)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    func csvResponse(_ text: String, filename: String) -> Response {
        // Identifiers in the name come from the data; keep the header value plain.
        let filename = String(filename.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "-" })
        return Response(status: .ok, headers: [
            .contentType: "text/csv; charset=utf-8",
            .contentDisposition: "attachment; filename=\"\(filename)\"",
        ], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Where the request came from: the socket peer, or the proxy's forwarded address when a
    /// trusted TLS proxy fronts the server.
    func remote(_ request: Request, _ context: HearthRequestContext) -> String {
        if configuration.behindTLSProxy, let fwd = request.headers[HTTPField.Name("X-Forwarded-For")!] {
            return String(fwd.split(separator: ",").first ?? "").trimmingCharacters(in: .whitespaces)
        }
        return context.remoteText
    }

    func audit(_ action: AuditAction, _ subject: String, _ request: Request, _ context: HearthRequestContext) async throws {
        let u = context.identity?.user
        try await store.appendAudit(AuditEvent(userID: u?.id, userName: u?.name ?? "-", role: u?.role.rawValue ?? "-",
                                               action: action, subject: subject, remote: remote(request, context)))
    }
}
