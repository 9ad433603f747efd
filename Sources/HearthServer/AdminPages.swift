import Foundation
import Hearth
import Hummingbird

extension HearthWeb {
    func usersContext(_ identity: Identity, extra: [String: Any] = [:]) async throws -> [String: Any] {
        let users = try await store.users()
        var ctx: [String: Any] = [
            "csrf": identity.session?.csrfToken ?? "",
            "users": users.map { ["name": $0.name, "role": $0.role.label, "worker": $0.scope.worker?.rawValue ?? "",
                                  "team": $0.scope.team?.rawValue ?? "", "area": $0.scope.area?.rawValue ?? ""] },
            "roles": StaffRole.allCases.map { ["value": $0.rawValue, "label": $0.label] },
            "errors": [[String: String]](),
        ]
        for (k, v) in extra { ctx[k] = v }
        ctx["hasErrors"] = !((ctx["errors"] as? [[String: String]]) ?? []).isEmpty
        return ctx
    }

    @Sendable func adminUsers(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        return renderer.page("users", title: "Users and roles", try await usersContext(identity), identity: identity)
    }

    @Sendable func adminUserCreate(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        let role = StaffRole(rawValue: form["role"] ?? "")
        func opt(_ k: String) -> String? { form[k].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
        let scope = StaffScope(worker: opt("worker").map(WorkerID.init(rawValue:)), team: opt("team").map(TeamID.init(rawValue:)),
                               area: opt("area").map(AreaID.init(rawValue:)))
        var errors: [[String: String]] = []
        if name.isEmpty { errors.append(["field": "name", "message": "Enter a user name"]) }
        if role == nil { errors.append(["field": "role", "message": "Choose a role"]) }
        if let role, let problem = UserAdministration.scopeProblem(role: role, scope: scope) {
            errors.append(["field": "team", "message": problem])
        }
        if errors.isEmpty, let role {
            let password = UserAdministration.generatePassword()
            do {
                let u = try await store.addUser(name: name, role: role, scope: scope,
                                                passwordHash: Secrets.hashPassword(password, cost: configuration.bcryptCost))
                try await audit(.userCreated, "\(u.name) as \(role.rawValue)", request, context)
                return renderer.page("users", title: "Users and roles",
                                     try await usersContext(identity, extra: ["created": ["name": u.name, "password": password]]),
                                     identity: identity, status: .created)
            } catch let e as StoreError {
                errors.append(["field": "name", "message": e.description])
            }
        }
        return renderer.page("users", title: "Users and roles", try await usersContext(identity, extra: ["errors": errors]),
                             identity: identity, status: .badRequest)
    }

    /// The administrator's filter from the query: user, action, subject text, from and to dates.
    func auditFilter(_ request: Request) -> (AuditFilter, (String) -> String?) {
        let q = request.uri.queryParameters
        let s: (String) -> String? = { k in q[Substring(k)].map(String.init).flatMap { $0.isEmpty ? nil : $0 } }
        let from = s("from").flatMap { Day(iso: $0) }.map { Date(timeIntervalSince1970: Double($0.ordinal) * 86400) }
        let to = s("to").flatMap { Day(iso: $0) }.map { Date(timeIntervalSince1970: Double($0.ordinal + 1) * 86400) }
        return (AuditFilter(userName: s("user"), action: s("action").flatMap(AuditAction.init(rawValue:)),
                            subjectContains: s("subject"), from: from, to: to), s)
    }

    @Sendable func adminAuditCSV(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        var (filter, _) = auditFilter(request)
        filter.limit = 5000
        let entries = try await store.auditEntries(filter)
        try await audit(.export, "audit.csv (\(entries.count) rows)", request, context)
        return csvResponse(CSV.render(
            header: ["seq", "at", "user", "role", "action", "subject", "from", "previous_hash", "hash"],
            rows: entries.map { [String($0.sequence), AuditEntry.timestamp($0.event.at), $0.event.userName, $0.event.role,
                                 $0.event.action.rawValue, $0.event.subject, $0.event.remote, $0.previousHash, $0.hash] }),
            filename: "audit.csv")
    }

    @Sendable func adminAudit(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let (filter, s) = auditFilter(request)
        let action = filter.action
        let entries = try await store.auditEntries(filter)
        let report = try await store.verifyAuditChain()
        return renderer.page("audit", title: "Audit log", [
            "chainWord": report.isIntact ? "Intact" : "Broken", "chainClass": report.isIntact ? "tag-ok" : "tag-broken",
            "chainDetail": report.isIntact ? "All \(report.rowsChecked) rows match their hashes." : (report.problem ?? ""),
            "filterUser": s("user") ?? "", "filterAction": s("action") ?? "", "filterSubject": s("subject") ?? "", "filterFrom": s("from") ?? "", "filterTo": s("to") ?? "",
            "actions": AuditAction.allCases.map { ["value": $0.rawValue, "selected": $0 == action] },
            "entries": entries.map { e in [
                "seq": e.sequence, "at": AuditEntry.timestamp(e.event.at), "user": e.event.userName, "role": e.event.role,
                "action": e.event.action.rawValue, "subject": e.event.subject, "remote": e.event.remote,
            ] as [String: Any] },
        ], identity: identity)
    }
}

/// Adding users: scope rules and generated passwords, shared by the admin page and the CLI.
public enum UserAdministration {
    /// What is missing from a scope for the role, or nil when it is complete.
    public static func scopeProblem(role: StaffRole, scope: StaffScope) -> String? {
        switch role {
        case .socialWorker where scope.worker == nil || scope.team == nil:
            "A social worker needs a worker id and a team id"
        case .teamManager where scope.team == nil: "A team manager needs a team id"
        case .areaManager where scope.area == nil: "An area manager needs an area id"
        default: nil
        }
    }

    /// A random 16-character password for a new user, shown once.
    public static func generatePassword() -> String { String(Secrets.randomToken(bytes: 12).prefix(16)) }

    /// Adds a user with a bcrypt-hashed password; the caller shows the password once.
    @discardableResult
    public static func addUser(_ store: any SecurityStore, name: String, role: StaffRole, scope: StaffScope,
                               password: String, cost: UInt8 = 12) async throws -> StaffUser {
        if let p = scopeProblem(role: role, scope: scope) { throw StoreError.invalid(p) }
        return try await store.addUser(name: name, role: role, scope: scope, passwordHash: Secrets.hashPassword(password, cost: cost))
    }

    /// Issues a bearer token for scripts; only its hash is stored, so it is returned once.
    public static func issueAPIToken(_ store: any SecurityStore, for user: StaffUser, label: String) async throws -> String {
        let token = "hth_" + Secrets.randomToken()
        try await store.saveAPIToken(tokenHash: Secrets.sha256Hex(token), userID: user.id, label: label)
        return token
    }
}
