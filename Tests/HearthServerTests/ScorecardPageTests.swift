import Foundation
import Hearth
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import HearthServer
import Testing

@Suite("Scorecard, indicator, drill-down, committee pack")
struct ScorecardPageTests {
    @Test("the scorecard shows each indicator with its RAG as a word, and elected members see small counts as c")
    func scorecardAndSuppression() async throws {
        let server = try await TestServer()
        let analyst = try await server.session(for: .performanceAnalyst)
        let member = try await UserAdministration.issueAPIToken(server.store, for: server.users[.electedMember]!, label: "t")
        try await server.run { client in
            let page = try await client.execute(uri: "/scorecard?month=2024-03", method: .get, headers: [.cookie: analyst.cookie])
            #expect(page.status == .ok)
            #expect(page.text.contains("Looked-after children in foster care"))
            #expect(page.text.contains("<strong class=\"tag rag-green\">Green</strong>"))
            #expect(page.text.contains("100.0%"))

            let api = try await client.execute(uri: "/api/v1/scorecard?month=2024-03&unit=area:A2", method: .get,
                                               headers: [.authorization: "Bearer \(member)"])
            #expect(api.status == .ok)
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(api.text.utf8)) as? [String: Any])
            let rows = try #require(doc["rows"] as? [[String: String]])
            let f1 = try #require(rows.first { $0["id"] == "F1" })
            #expect(f1["value"] == "c" && f1["numerator"] == "c" && f1["denominator"] == "c" && f1["rag"] == "")
            let county = try await client.execute(uri: "/api/v1/scorecard?month=2024-03", method: .get,
                                                  headers: [.authorization: "Bearer \(member)"])
            #expect(county.text.contains("\"denominator\":\"8\""))

            let csv = try await client.execute(uri: "/scorecard.csv?month=2024-03&unit=area:A1", method: .get, headers: [.cookie: analyst.cookie])
            #expect(csv.text.hasPrefix("id,indicator,polarity"))
            #expect(csv.text.contains("F1,Looked-after children in foster care,H,SS,100.0%,Green,6,6"))
        }
        try await server.cleanUp()
    }

    @Test("the indicator page has a 24-month SVG trend with target and floor, a breakdown, and the drill-down link for case roles only")
    func indicatorPage() async throws {
        let server = try await TestServer()
        let analyst = try await server.session(for: .performanceAnalyst)
        let member = try await server.session(for: .electedMember)
        try await server.run { client in
            let r = try await client.execute(uri: "/indicators/F1?month=2024-03", method: .get, headers: [.cookie: analyst.cookie])
            #expect(r.status == .ok)
            #expect(r.text.contains("<svg class=\"trend\""))
            #expect(r.text.contains("<title>Target</title>") && r.text.contains("<title>Floor</title>"))
            #expect(r.text.components(separatedBy: "<circle").count - 1 >= 12)
            #expect(r.text.contains("id=\"breakdown\"") && r.text.contains("East CIC"))
            #expect(r.text.contains("id=\"children-behind\""))
            let m = try await client.execute(uri: "/indicators/F1?month=2024-03", method: .get, headers: [.cookie: member.cookie])
            #expect(m.status == .ok)
            #expect(!m.text.contains("id=\"children-behind\""))
            let unknown = try await client.execute(uri: "/indicators/NOPE", method: .get, headers: [.cookie: analyst.cookie])
            #expect(unknown.status == .notFound)
        }
        try await server.cleanUp()
    }

    @Test("the children behind a number are limited to the user's scope, and the list is audited")
    func drillDown() async throws {
        let server = try await TestServer()
        let worker = try await server.session(for: .socialWorker)
        try await server.run { client in
            let r = try await client.execute(uri: "/indicators/F1/children?month=2024-03", method: .get, headers: [.cookie: worker.cookie])
            #expect(r.status == .ok)
            for id in ["C1", "C4", "C5", "C6", "C7", "C8"] { #expect(r.text.contains("href=\"/children/\(id)\"")) }
            #expect(!r.text.contains("href=\"/children/C3\""))
            #expect(r.text.contains("2 more are outside your scope"))
        }
        let audit = try await server.store.auditEntries(AuditFilter(action: .drillDownList))
        #expect(audit.first?.event.subject.hasPrefix("indicator F1 children") == true)
        try await server.cleanUp()
    }

    @Test("the committee pack has a cover with the committee and date, the scorecard and activity, and A4 print rules")
    func committeePack() async throws {
        let server = try await TestServer()
        let member = try await server.session(for: .electedMember)
        try await server.run { client in
            let r = try await client.execute(uri: "/committee-pack?month=2024-03&committee=Corporate%20Parenting%20Panel&meeting=2024-04-17",
                                             method: .get, headers: [.cookie: member.cookie])
            #expect(r.status == .ok)
            #expect(r.text.contains("<h1>Corporate Parenting Panel</h1>"))
            #expect(r.text.contains("Meeting of 17/04/2024"))
            #expect(r.text.contains("id=\"scorecard\""))
            #expect(r.text.contains("Caseloads this month"))
            let css = try await client.execute(uri: "/assets/hearth.css", method: .get)
            #expect(css.text.contains("size:A4") && css.text.contains("counter(page)"))
        }
        try await server.cleanUp()
    }

    @Test("without an indicators engine the scorecard says so instead of showing figures")
    func noEngine() async throws {
        let server = try await TestServer()
        let bare = try HearthWeb(caseload: server.caseload, store: server.store, configuration: .init(port: 0, bcryptCost: 4))
        let s = try await server.session(for: .performanceAnalyst)
        try await bare.buildApplication().test(.live) { client in
            let r = try await client.execute(uri: "/scorecard", method: .get, headers: [.cookie: s.cookie])
            #expect(r.status == .serviceUnavailable)
            #expect(r.text.contains("does not include the indicators engine"))
        }
        try await server.cleanUp()
    }
}

@Suite("More CSV downloads")
struct MoreCSVTests {
    @Test("an indicator's breakdown and trend download as CSV, suppressed for elected members, and are audited")
    func indicatorCSV() async throws {
        let server = try await TestServer()
        let analyst = try await server.session(for: .performanceAnalyst)
        let member = try await server.session(for: .electedMember)
        let admin = try await server.session(for: .administrator)
        try await server.run { client in
            let a = try await client.execute(uri: "/indicators/F1/breakdown.csv?month=2024-03", method: .get, headers: [.cookie: analyst.cookie])
            #expect(a.status == .ok)
            #expect(a.text.contains("area:A2,East,F1,Looked-after children in foster care,H,SS,100.0%,No RAG,2,2"))
            #expect(a.text.contains("trend,2024-03,F1"))
            let m = try await client.execute(uri: "/indicators/F1/breakdown.csv?month=2024-03", method: .get, headers: [.cookie: member.cookie])
            #expect(m.text.contains("area:A2,East,F1,Looked-after children in foster care,H,SS,c,,c,c"))
            let audit = try await client.execute(uri: "/admin/audit.csv?subject=breakdown", method: .get, headers: [.cookie: admin.cookie])
            #expect(audit.status == .ok)
            let lines = audit.text.split(separator: "\r\n")
            #expect(lines.first == "seq,at,user,role,action,subject,from,previous_hash,hash")
            #expect(lines.count == 3)
            #expect(lines.dropFirst().allSatisfy { $0.contains(",export,indicator F1 breakdown.csv") })
        }
        try await server.cleanUp()
    }
}
