import Foundation
import Hearth
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import HearthServer
import Testing

/// The CSV downloads added so that every table on every page has one: fetched over HTTP on
/// loopback as an allowed role (header and a known value) and a denied role (403).
@Suite("CSV download of every table")
struct TableDownloadTests {
    /// The fixture's foster-care indicator under the catalogue id the UASC-impact page lists
    /// ("17"), with a target of 101% so that its 100% is Red and it gets an exception report.
    static func redFosterWeb(_ server: TestServer) throws -> HearthWeb {
        try HearthWeb(caseload: server.caseload, store: server.store, configuration: .init(port: 0, bcryptCost: 4),
                      scorecardSource: FixtureScorecard(fosterID: "17", greenAt: 101, amberAt: 100.5))
    }

    func lines(_ r: TestResponse) -> [String] { r.text.split(separator: "\r\n").map(String.init) }

    @Test("UASC impact as CSV: known values for an analyst, c for an elected member's small counts, 403 for an administrator")
    func uascImpactCSV() async throws {
        let server = try await TestServer()
        let web = try Self.redFosterWeb(server)
        let analyst = try await server.session(for: .performanceAnalyst)
        let member = try await server.session(for: .electedMember)
        let admin = try await server.session(for: .administrator)
        try await web.buildApplication().test(.live) { client in
            let page = try await client.execute(uri: "/uasc-impact?month=2024-03", method: .get, headers: [.cookie: analyst.cookie])
            #expect(page.text.contains("href=\"/uasc-impact.csv?month=2024-03\""))
            let a = try await client.execute(uri: "/uasc-impact.csv?month=2024-03", method: .get, headers: [.cookie: analyst.cookie])
            #expect(a.status == .ok)
            #expect(a.headers[.contentType] == "text/csv; charset=utf-8")
            let rows = lines(a)
            #expect(rows.first == HearthWeb.uascImpactCSVHeader.joined(separator: ","))
            #expect(rows.contains("Children in care – Testshire,17,Looked-after children in foster care,H,SS,100.0%,Red,8,8,101.0%,100.0%,Red,7,7,+0.0"))
            #expect(rows.contains("Children in care – East,17,Looked-after children in foster care,H,SS,100.0%,No RAG,2,2,101.0%,100.0%,No RAG,1,1,+0.0"))

            let m = try await client.execute(uri: "/uasc-impact.csv?month=2024-03", method: .get, headers: [.cookie: member.cookie])
            #expect(m.status == .ok)
            let mrows = lines(m)
            #expect(mrows.contains("Children in care – East,17,Looked-after children in foster care,H,SS,c,,c,c,101.0%,c,,c,c,–"))
            #expect(mrows.contains("Children in care – Testshire,17,Looked-after children in foster care,H,SS,100.0%,Red,8,8,101.0%,100.0%,Red,7,7,+0.0"))
            #expect(!mrows.contains { $0.contains(",2,2,") || $0.contains(",1,1,") })

            let denied = try await client.execute(uri: "/uasc-impact.csv?month=2024-03", method: .get, headers: [.cookie: admin.cookie])
            #expect(denied.status == .forbidden)
        }
        let audit = try await server.store.auditEntries(AuditFilter(action: .export, subjectContains: "uasc-impact.csv"))
        #expect(Set(audit.map(\.event.userName)) == ["user-performance-analyst", "user-elected-member"])
        try await server.cleanUp()
    }

    @Test("exception reports as CSV: each Red indicator's four months; 403 for an administrator")
    func exceptionsCSV() async throws {
        let server = try await TestServer()
        let web = try Self.redFosterWeb(server)
        let member = try await server.session(for: .electedMember)
        let admin = try await server.session(for: .administrator)
        try await web.buildApplication().test(.live) { client in
            let page = try await client.execute(uri: "/exceptions?month=2024-03", method: .get, headers: [.cookie: member.cookie])
            #expect(page.text.contains("href=\"/exceptions.csv?month=2024-03\""))
            let r = try await client.execute(uri: "/exceptions.csv?month=2024-03", method: .get, headers: [.cookie: member.cookie])
            #expect(r.status == .ok)
            let rows = lines(r)
            #expect(rows.first == "id,indicator,report month,month,result,target,rag,floor,polarity,period")
            #expect(rows.count == 5)
            #expect(rows.contains("17,Looked-after children in foster care,2024-03,2024-03,100.0,101.0,Red,100.5%,H,SS"))
            #expect(rows.contains("17,Looked-after children in foster care,2024-03,2023-12,100.0,101.0,Red,100.5%,H,SS"))
            let denied = try await client.execute(uri: "/exceptions.csv?month=2024-03", method: .get, headers: [.cookie: admin.cookie])
            #expect(denied.status == .forbidden)
        }
        #expect(try await server.store.auditEntries(AuditFilter(action: .export, subjectContains: "exceptions.csv 2024-03")).count == 1)
        try await server.cleanUp()
    }

    @Test("the children behind an indicator as CSV, limited to the user's scope; 403 for an elected member")
    func indicatorChildrenCSV() async throws {
        let server = try await TestServer()
        let manager = try await server.session(for: .teamManager)
        let member = try await server.session(for: .electedMember)
        try await server.run { client in
            let page = try await client.execute(uri: "/indicators/F1/children?month=2024-03", method: .get, headers: [.cookie: manager.cookie])
            #expect(page.text.contains("href=\"/indicators/F1/children.csv?month=2024-03&amp;unit=county\""))
            let r = try await client.execute(uri: "/indicators/F1/children.csv?month=2024-03", method: .get, headers: [.cookie: manager.cookie])
            #expect(r.status == .ok)
            let rows = lines(r)
            #expect(rows.first == "child,counted in the numerator,status now")
            #expect(rows.contains("C1,Yes,Looked after"))
            #expect(rows.count == 7)  // C1, C4–C8 in team T1; C3 and C9 are East's
            #expect(!rows.contains { $0.hasPrefix("C3,") || $0.hasPrefix("C9,") })
            let denied = try await client.execute(uri: "/indicators/F1/children.csv?month=2024-03", method: .get,
                                                  headers: [.cookie: member.cookie])
            #expect(denied.status == .forbidden)
        }
        let audit = try await server.store.auditEntries(AuditFilter(action: .export, subjectContains: "indicator F1 children.csv"))
        #expect(audit.count == 1 && audit.first?.event.subject.hasSuffix("(6 rows)") == true)
        try await server.cleanUp()
    }

    @Test("a child's chronology as CSV; 404 outside the scope, 403 for an elected member")
    func chronologyCSV() async throws {
        let server = try await TestServer()
        let worker = try await server.session(for: .socialWorker)
        let member = try await server.session(for: .electedMember)
        try await server.run { client in
            let page = try await client.execute(uri: "/children/C1", method: .get, headers: [.cookie: worker.cookie])
            #expect(page.text.contains("href=\"/children/C1/chronology.csv\""))
            let r = try await client.execute(uri: "/children/C1/chronology.csv", method: .get, headers: [.cookie: worker.cookie])
            #expect(r.status == .ok)
            #expect(r.headers[.contentDisposition] == "attachment; filename=\"chronology-C1.csv\"")
            let rows = lines(r)
            #expect(rows.first == "date,what,detail")
            #expect(rows.contains { $0.hasPrefix("2022-11-02,Referral,") })
            #expect(rows.contains { $0.hasPrefix("2022-12-05,CP plan,") })
            let outside = try await client.execute(uri: "/children/C3/chronology.csv", method: .get, headers: [.cookie: worker.cookie])
            #expect(outside.status == .notFound)
            let denied = try await client.execute(uri: "/children/C1/chronology.csv", method: .get, headers: [.cookie: member.cookie])
            #expect(denied.status == .forbidden)
        }
        #expect(try await server.store.auditEntries(AuditFilter(action: .export, subjectContains: "chronology.csv C1")).count == 1)
        try await server.cleanUp()
    }

    @Test("users and roles as CSV for an administrator, without password hashes; 403 for an analyst")
    func usersCSV() async throws {
        let server = try await TestServer()
        let admin = try await server.session(for: .administrator)
        let analyst = try await server.session(for: .performanceAnalyst)
        try await server.run { client in
            let r = try await client.execute(uri: "/admin/users.csv", method: .get, headers: [.cookie: admin.cookie])
            #expect(r.status == .ok)
            let rows = lines(r)
            #expect(rows.first == "name,role,worker,team,area,disabled")
            #expect(rows.contains("user-social-worker,social-worker,W1,T1,,no"))
            #expect(rows.count == StaffRole.allCases.count + 1)
            #expect(!r.text.contains("$2"))
            let denied = try await client.execute(uri: "/admin/users.csv", method: .get, headers: [.cookie: analyst.cookie])
            #expect(denied.status == .forbidden)
        }
        #expect(try await server.store.auditEntries(AuditFilter(action: .export, subjectContains: "users.csv")).count == 1)
        try await server.cleanUp()
    }
}
