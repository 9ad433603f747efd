import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import HearthServer
import SQLiteNIO
import SQLKit
import SQLiteKit
import Testing

@Suite("Sign-in, sessions, CSRF, headers, audit")
struct SecurityTests {
    @Test("signing in sets an HttpOnly SameSite=Strict session cookie; a wrong password shows an error summary")
    func signInFlow() async throws {
        let server = try await TestServer()
        try await server.run { client in
            let bad = try await signIn(client, name: "user-social-worker", password: "wrong")
            #expect(bad.status == .unauthorized)
            #expect(bad.text.contains("There is a problem"))
            #expect(bad.text.contains("The user name or password is not right"))
            #expect(cookieValue("hearth_session", in: bad) == nil)

            let ok = try await signIn(client, name: "user-social-worker", password: Fixture.password)
            #expect(ok.status == .seeOther)
            #expect(ok.headers[.location] == "/")
            let setCookie = try #require(ok.setCookies.first { $0.hasPrefix("hearth_session=") })
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Strict"))
            #expect(!setCookie.contains("Secure"))
            let token = try #require(cookieValue("hearth_session", in: ok))

            let home = try await client.execute(uri: "/", method: .get, headers: [.cookie: "hearth_session=\(token)"])
            #expect(home.status == .ok)
            #expect(home.text.contains("Signed in as user-social-worker"))
            let csrf = try #require(hiddenCSRF(in: home.text))

            let out = try await client.execute(uri: "/logout", method: .post, headers: formHeaders(cookie: "hearth_session=\(token)"),
                                               body: formBody(["csrf": csrf]))
            #expect(out.status == .seeOther)
            let after = try await client.execute(uri: "/", method: .get, headers: [.cookie: "hearth_session=\(token)"])
            #expect(after.status == .seeOther && after.headers[.location] == "/login")
        }
        let audit = try await server.store.auditEntries(AuditFilter())
        #expect(audit.contains { $0.event.action == .signInFailed })
        #expect(audit.contains { $0.event.action == .signIn && $0.event.userName == "user-social-worker" && $0.event.remote == "127.0.0.1" })
        try await server.cleanUp()
    }

    @Test("cookies are Secure and HSTS is sent behind a TLS proxy")
    func secureCookiesUnderTLS() async throws {
        let server = try await TestServer(configuration: .init(port: 0, behindTLSProxy: true, bcryptCost: 4))
        try await server.run { client in
            let page = try await client.execute(uri: "/login", method: .get)
            #expect(page.setCookies.allSatisfy { $0.contains("Secure") && $0.contains("HttpOnly") && $0.contains("SameSite=Strict") })
            #expect(page.headers[.strictTransportSecurity] != nil)
        }
        try await server.cleanUp()
    }

    @Test("forms without the right CSRF token are refused and change nothing")
    func csrfRejected() async throws {
        let server = try await TestServer()
        let admin = try await server.session(for: .administrator)
        try await server.run { client in
            // Sign-in without the double-submit cookie.
            let login = try await client.execute(uri: "/login", method: .post, headers: formHeaders(),
                                                 body: formBody(["csrf": "forged", "name": "user-administrator", "password": Fixture.password]))
            #expect(login.status == .forbidden)
            #expect(cookieValue("hearth_session", in: login) == nil)
            // A signed-in form with a wrong token, and with none.
            for fields in [["csrf": "forged", "name": "mallory", "role": "administrator"], ["name": "mallory", "role": "administrator"]] {
                let r = try await client.execute(uri: "/admin/users", method: .post, headers: formHeaders(cookie: admin.cookie),
                                                 body: formBody(fields))
                #expect(r.status == .forbidden)
                #expect(r.text.contains("This form has expired"))
            }
            // The right token works.
            let good = try await client.execute(uri: "/admin/users", method: .post, headers: formHeaders(cookie: admin.cookie),
                                                body: formBody(["csrf": admin.csrf, "name": "trent", "role": "performance-analyst"]))
            #expect(good.status == .created)
            #expect(good.text.contains("User trent added"))
        }
        #expect(try await server.store.user(named: "mallory") == nil)
        #expect(try await server.store.user(named: "trent")?.role == .performanceAnalyst)
        try await server.cleanUp()
    }

    @Test("after five failures sign-in is refused, even with the right password")
    func loginRateLimited() async throws {
        let server = try await TestServer()
        try await server.run { client in
            for _ in 0..<5 {
                let r = try await signIn(client, name: "user-team-manager", password: "guess")
                #expect(r.status == .unauthorized)
            }
            let blocked = try await signIn(client, name: "user-team-manager", password: Fixture.password)
            #expect(blocked.status == .tooManyRequests)
            #expect(cookieValue("hearth_session", in: blocked) == nil)
        }
        try await server.cleanUp()
    }

    @Test("every response carries the security headers, errors and assets included")
    func securityHeaders() async throws {
        let server = try await TestServer()
        let s = try await server.session(for: .socialWorker)
        try await server.run { client in
            for (uri, cookie) in [("/login", nil), ("/assets/hearth.css", nil), ("/no-such-page", nil), ("/", s.cookie),
                                  ("/children/C3", s.cookie), ("/admin/audit", s.cookie)] as [(String, String?)] {
                var h: HTTPFields = [:]
                if let cookie { h[.cookie] = cookie }
                let r = try await client.execute(uri: uri, method: .get, headers: h)
                let csp = try #require(r.headers[.contentSecurityPolicy], "no CSP on \(uri)")
                #expect(csp.contains("script-src 'none'") && csp.contains("frame-ancestors 'none'"))
                #expect(r.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
                #expect(r.headers[.xContentTypeOptions] == "nosniff")
                #expect(!r.text.contains("<script"), "\(uri) contains a script element")
            }
        }
        try await server.cleanUp()
    }

    @Test("child views, lists and exports are audited, the chain verifies, and a tampered row is found")
    func auditChain() async throws {
        let server = try await TestServer()
        let s = try await server.session(for: .teamManager)
        try await server.run { client in
            for uri in ["/children/C1", "/children", "/children.csv"] {
                let r = try await client.execute(uri: uri, method: .get, headers: [.cookie: s.cookie])
                #expect(r.status == .ok)
            }
        }
        let entries = try await server.store.auditEntries(AuditFilter(userName: "user-team-manager"))
        #expect(entries.map(\.event.action) == [.export, .drillDownList, .viewChild])
        #expect(entries.last?.event.subject == "C1")
        #expect(entries.allSatisfy { $0.event.remote == "127.0.0.1" && $0.event.role == "team-manager" })
        #expect(try await server.store.auditEntries(AuditFilter(action: .viewChild, subjectContains: "C1")).count == 1)
        let intact = try await server.store.verifyAuditChain()
        #expect(intact.isIntact && intact.rowsChecked == 3)

        // The table refuses updates outright...
        let conn = try await SQLiteConnection.open(storage: .file(path: server.path))
        let db = conn.sql()
        await #expect(throws: (any Error).self) {
            try await db.raw("UPDATE hearth_audit_log SET subject = 'C2' WHERE seq = 1").run()
        }
        // ...and someone who drops the trigger and edits the file is caught by the chain.
        try await db.raw("DROP TRIGGER hearth_audit_log_no_update").run()
        try await db.raw("UPDATE hearth_audit_log SET subject = 'C2' WHERE seq = 1").run()
        try await conn.close()
        let broken = try await server.store.verifyAuditChain()
        #expect(!broken.isIntact)
        #expect(broken.firstBrokenSequence == 1)
        try await server.cleanUp()
    }

    @Test("the administrator's audit page filters and shows the chain check")
    func auditPage() async throws {
        let server = try await TestServer()
        let tm = try await server.session(for: .teamManager)
        let admin = try await server.session(for: .administrator)
        try await server.run { client in
            _ = try await client.execute(uri: "/children/C4", method: .get, headers: [.cookie: tm.cookie])
            _ = try await client.execute(uri: "/children/C5", method: .get, headers: [.cookie: tm.cookie])
            let page = try await client.execute(uri: "/admin/audit?action=view-child&subject=C5", method: .get,
                                                headers: [.cookie: admin.cookie])
            #expect(page.status == .ok)
            #expect(page.text.contains("Intact"))
            #expect(page.text.contains("<td>C5</td>"))
            #expect(!page.text.contains("<td>C4</td>"))
        }
        try await server.cleanUp()
    }
}

@Suite("Users page")
struct UsersPageTests {
    @Test("adding a user with an incomplete scope shows an error summary and adds no one")
    func incompleteScope() async throws {
        let server = try await TestServer()
        let admin = try await server.session(for: .administrator)
        try await server.run { client in
            let r = try await client.execute(uri: "/admin/users", method: .post, headers: formHeaders(cookie: admin.cookie),
                                             body: formBody(["csrf": admin.csrf, "name": "sam", "role": "social-worker", "team": "T1"]))
            #expect(r.status == .badRequest)
            #expect(r.text.contains("There is a problem"))
            #expect(r.text.contains("A social worker needs a worker id and a team id"))
        }
        #expect(try await server.store.user(named: "sam") == nil)
        try await server.cleanUp()
    }
}
