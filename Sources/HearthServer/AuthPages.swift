import Foundation
import Hummingbird

extension HearthWeb {
    /// A bcrypt hash of nothing anyone knows, checked when the user name does not exist so that
    /// a wrong name and a wrong password take the same time.
    static let decoyHash = Secrets.hashPassword(Secrets.randomToken(), cost: 10)

    func loginCookie(_ value: String) -> Cookie {
        Cookie(name: Self.loginCSRFCookie, value: value, maxAge: 3600, path: "/login",
               secure: configuration.behindTLSProxy, httpOnly: true, sameSite: .strict)
    }

    func sessionCookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(name: SignInMiddleware.sessionCookie, value: value, maxAge: maxAge, path: "/",
               secure: configuration.behindTLSProxy, httpOnly: true, sameSite: .strict)
    }

    func renderLogin(csrf: String, name: String = "", errors: [(field: String, message: String)] = [],
                     status: HTTPResponse.Status = .ok) -> Response {
        var ctx: [String: Any] = ["csrf": csrf, "name": name,
                                  "errors": errors.map { ["field": $0.field, "message": $0.message] },
                                  "hasErrors": !errors.isEmpty]
        for e in errors { ctx[e.field + "Error"] = e.message }
        var r = renderer.page("login", title: "Sign in", ctx, identity: nil, status: status)
        r.setCookie(loginCookie(csrf))
        return r
    }

    @Sendable func loginPage(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        if context.identity?.session != nil { return Response(status: .seeOther, headers: [.location: "/"]) }
        let csrf = request.cookies[Self.loginCSRFCookie]?.value ?? Secrets.randomToken()
        return renderLogin(csrf: csrf)
    }

    @Sendable func loginSubmit(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let csrf = form["csrf"] ?? Secrets.randomToken()
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = form["password"] ?? ""
        var errors: [(String, String)] = []
        if name.isEmpty { errors.append(("name", "Enter your user name")) }
        if password.isEmpty { errors.append(("password", "Enter your password")) }
        if !errors.isEmpty { return renderLogin(csrf: csrf, name: name, errors: errors, status: .badRequest) }

        let address = remote(request, context)
        guard await throttle.permits(address: address, userName: name) else {
            return renderLogin(csrf: csrf, name: name, errors: [("name", "Too many failed attempts. Wait 15 minutes and try again")],
                               status: .tooManyRequests)
        }
        let user = try await store.user(named: name)
        let ok = Secrets.verifyPassword(password, hash: user?.passwordHash ?? Self.decoyHash) && user != nil && user?.disabled == false
        guard let user, ok else {
            await throttle.recordFailure(address: address, userName: name)
            try await store.appendAudit(AuditEvent(userID: user?.id, userName: name, role: user?.role.rawValue ?? "-",
                                                   action: .signInFailed, subject: "sign-in", remote: address))
            return renderLogin(csrf: csrf, name: name, errors: [("password", "The user name or password is not right")],
                               status: .unauthorized)
        }
        await throttle.recordSuccess(address: address, userName: name)
        let token = Secrets.randomToken()
        let now = Date()
        let session = WebSession(tokenHash: Secrets.sha256Hex(token), userID: user.id, csrfToken: Secrets.randomToken(),
                                 created: now, expires: now.addingTimeInterval(configuration.sessionLifetime))
        try await store.saveSession(session)
        try await store.appendAudit(AuditEvent(userID: user.id, userName: user.name, role: user.role.rawValue,
                                               action: .signIn, subject: "sign-in", remote: address))
        var r = Response(status: .seeOther, headers: [.location: "/"])
        r.setCookie(sessionCookie(token, maxAge: Int(configuration.sessionLifetime)))
        r.setCookie(Cookie(name: Self.loginCSRFCookie, value: "", maxAge: 0, path: "/login",
                           secure: configuration.behindTLSProxy, httpOnly: true, sameSite: .strict))
        return r
    }

    @Sendable func logout(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        if let token = request.cookies[SignInMiddleware.sessionCookie]?.value {
            let hash = Secrets.sha256Hex(token)
            try await store.deleteSession(tokenHash: hash)
            await identities.remove("web" + hash)
            await pendingReturns.discardAll(session: hash)
        }
        var r = Response(status: .seeOther, headers: [.location: "/login"])
        r.setCookie(sessionCookie("", maxAge: 0))
        return r
    }

    @Sendable func home(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        guard let identity = context.identity else { return Response(status: .seeOther, headers: [.location: "/login"]) }
        let snap = try await caseload.snapshot()
        let links: [(Endpoint, String, String)] = [
            (.scorecard, "Scorecard", "Every indicator with its RAG, target and trend, by month, unit and cohort."),
            (.childrenList, "Children", "Children in your scope, and each child's chronology."),
            (.activity, "Activity", "Caseloads, referrals, plans and children in care by unit."),
            (.exceptions, "Exception reports", "A report for every indicator rated Red."),
            (.uascImpact, "UASC impact", "Selected indicators with and without unaccompanied asylum-seeking children."),
            (.committeePack, "Committee pack", "A printable pack: cover, scorecard, exception reports, activity."),
            (.importPage, "Import", "Upload a 903 return and see its findings."),
            (.adminUsers, "Users and roles", "Add users and see who holds which role."),
            (.adminAudit, "Audit log", "Who viewed, listed, exported or imported what, and the chain check."),
        ]
        let scope = CaseloadScope(user: identity.user, county: snap.county)
        let allowed = links.filter { RouteTable.entry($0.0).access.allows(identity.user.role) }
            .map { ["href": RouteTable.entry($0.0).path, "label": $0.1, "hint": $0.2] }
        return renderer.page("home", title: "Start", [
            "countyName": snap.county.name, "extractDate": snap.county.extractDate.ukFormat,
            "roleLabel": identity.user.role.label.lowercased(),
            "scope": CaseloadScope.seesChildren(identity.user.role) ? "children in \(scope.description)" : "aggregate figures only",
            "links": allowed,
        ], identity: identity)
    }
}
