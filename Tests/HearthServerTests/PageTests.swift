import Foundation
import Hearth
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import HearthServer
import Testing

@Suite("Pages and API: scope, chronology, activity, suppression")
struct PageTests {
    @Test("each role sees exactly the children in its scope")
    func scopes() async throws {
        let county = try Fixture.county()
        func visible(_ role: StaffRole, _ scope: StaffScope) -> Set<String> {
            let s = CaseloadScope(user: StaffUser(id: 1, name: "x", role: role, scope: scope, passwordHash: ""), county: county)
            return Set(county.children.filter { s.allows($0, asOf: county.extractDate) }.map(\.id.rawValue))
        }
        let t1: Set<String> = ["C1", "C4", "C5", "C6", "C7", "C8"]
        #expect(visible(.socialWorker, Fixture.scope(for: .socialWorker)) == t1)
        #expect(visible(.teamManager, StaffScope(team: "T2")) == ["C2"])
        #expect(visible(.areaManager, StaffScope(area: "A1")) == t1.union(["C2"]))
        #expect(visible(.areaManager, StaffScope(area: "A2")) == ["C3", "C9"])
        #expect(visible(.performanceAnalyst, StaffScope()).count == 9)
        for role in [StaffRole.financeOfficer, .electedMember, .administrator] { #expect(visible(role, StaffScope()).isEmpty) }
    }

    @Test("a child outside the user's scope answers as not found, on the page and the API")
    func outOfScopeIsNotFound() async throws {
        let server = try await TestServer()
        let s = try await server.session(for: .socialWorker)
        let token = try await UserAdministration.issueAPIToken(server.store, for: server.users[.socialWorker]!, label: "t")
        try await server.run { client in
            let mine = try await client.execute(uri: "/children/C1", method: .get, headers: [.cookie: s.cookie])
            #expect(mine.status == .ok)
            let other = try await client.execute(uri: "/children/C3", method: .get, headers: [.cookie: s.cookie])
            #expect(other.status == .notFound)
            let none = try await client.execute(uri: "/children/NOPE", method: .get, headers: [.cookie: s.cookie])
            #expect(none.status == .notFound)
            let api = try await client.execute(uri: "/api/v1/children/C3", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(api.status == .notFound)
            let list = try await client.execute(uri: "/api/v1/children", method: .get, headers: [.authorization: "Bearer \(token)"])
            let ids = try JSONDecoder().decode(HearthWeb.ChildrenPayload.self, from: Data(list.text.utf8)).children.map(\.id)
            #expect(Set(ids) == ["C1", "C4", "C5", "C6", "C7", "C8"])
        }
        try await server.cleanUp()
    }

    @Test("the chronology lists the record's events in date order")
    func chronology() throws {
        let county = try Fixture.county()
        let c1 = county.children[0]
        let e = Chronology.entries(for: c1, in: county)
        #expect(e.map(\.date) == e.map(\.date).sorted())
        let kinds = Set(e.map(\.kind))
        for k in ["Contact", "Referral", "Assessment", "CP plan", "Review", "Care", "Legal status", "Placement", "Missing", "Allocation"] {
            #expect(kinds.contains(k), "no \(k) entry")
        }
        #expect(e.first { $0.kind == "Contact" }?.date == Day(2022, 11, 1))
        #expect(e.contains { $0.detail.hasPrefix("Placement changed: U6") && $0.date == Day(2023, 1, 10).adding(days: 100) })
    }

    @Test("the chronology page shows the entries to an allowed role")
    func chronologyPage() async throws {
        let server = try await TestServer()
        let s = try await server.session(for: .areaManager)
        try await server.run { client in
            let r = try await client.execute(uri: "/children/C1", method: .get, headers: [.cookie: s.cookie])
            #expect(r.status == .ok)
            #expect(r.text.contains("<h1>Child C1</h1>"))
            #expect(r.text.contains("Became looked after"))
            #expect(r.text.contains("Child protection plan started"))
            #expect(r.text.contains("01/11/2022"))
        }
        try await server.cleanUp()
    }

    @Test("activity counts per unit, from the case records")
    func activityTable() throws {
        let table = ActivityTable.compute(county: try Fixture.county(), month: Fixture.extract)
        #expect(table.snapshotDay == Day(2024, 3, 28))  // 29 March 2024 was Good Friday
        func v(_ unit: ReportingUnit, _ m: ActivityTable.Measure) -> Int { table.rows.first { $0.unit == unit }?.values[m] ?? 0 }
        #expect(v(.county, .lacThis) == 8)
        #expect(v(.county, .lacLast) == 7)
        #expect(v(.county, .lacStarts) == 1)
        #expect(v(.area("A1"), .lacThis) == 6)
        #expect(v(.area("A2"), .lacThis) == 2)
        #expect(v(.team("T3"), .uascThis) == 1)
        #expect(v(.county, .referrals) == 1)
        #expect(v(.team("T2"), .referrals) == 1)
        #expect(v(.county, .casesThis) == 9)
    }

    @Test("elected members see counts of 1–4 as c, and changes derived from them withheld")
    func electedMemberSuppression() async throws {
        let server = try await TestServer()
        let member = try await server.session(for: .electedMember)
        let analyst = try await server.session(for: .performanceAnalyst)
        let token = try await UserAdministration.issueAPIToken(server.store, for: server.users[.electedMember]!, label: "t")
        try await server.run { client in
            let api = try await client.execute(uri: "/api/v1/activity?month=2024-03", method: .get,
                                               headers: [.authorization: "Bearer \(token)"])
            #expect(api.status == .ok)
            let payload = try JSONDecoder().decode(HearthWeb.ActivityPayload.self, from: Data(api.text.utf8))
            #expect(payload.suppressed)
            let rows = Dictionary(uniqueKeysWithValues: payload.rows.map { ($0.unit, $0.values) })
            #expect(rows["county"]?["lacThis"] == .number(8))
            #expect(rows["area:A1"]?["lacThis"] == .number(6))
            #expect(rows["area:A2"]?["lacThis"] == .suppressed)
            #expect(rows["team:T2"]?["lacThis"] == .number(0))
            #expect(!api.text.contains("\"lacThis\":2"))

            let page = try await client.execute(uri: "/activity?month=2024-03", method: .get, headers: [.cookie: member.cookie])
            #expect(page.text.contains("are shown as c"))
            let csv = try await client.execute(uri: "/activity.csv?month=2024-03", method: .get, headers: [.cookie: member.cookie])
            let east = try #require(csv.text.split(separator: "\r\n").first { $0.hasPrefix("area:A2,") })
            let cells = east.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            // LAC this month, last month, change: 2, 1, +1 for the East, all withheld.
            #expect(Array(cells[12...14]) == ["c", "c", "c"])

            let full = try await client.execute(uri: "/activity.csv?month=2024-03", method: .get, headers: [.cookie: analyst.cookie])
            let eastFull = try #require(full.text.split(separator: "\r\n").first { $0.hasPrefix("area:A2,") })
            #expect(Array(eastFull.split(separator: ",").map(String.init)[12...14]) == ["2", "1", "+1"])

            let bad = try await client.execute(uri: "/activity?month=2031-01", method: .get, headers: [.cookie: member.cookie])
            #expect(bad.status == .badRequest)
        }
        try await server.cleanUp()
    }

    @Test("cached results are reused for the same data version and recomputed after a change")
    func cacheInvalidation() async throws {
        let cache = ResultCache()
        let k1 = ResultCache.Key(kind: "x", date: Day(2024, 3, 1), unit: "county", version: 1)
        #expect(await cache.value(k1) { 1 } == 1)
        #expect(await cache.value(k1) { 2 } == 1)
        let k2 = ResultCache.Key(kind: "x", date: Day(2024, 3, 1), unit: "county", version: 2)
        #expect(await cache.value(k2) { 3 } == 3)
        #expect(await cache.count == 1)

        let server = try await TestServer()
        let analyst = try await server.session(for: .performanceAnalyst)
        try await server.run { client in
            let before = try await client.execute(uri: "/activity.csv?month=2024-03", method: .get, headers: [.cookie: analyst.cookie])
            var county = try Fixture.county()
            county.children.removeLast()  // C9 came into care in March
            await server.caseload.replace(with: county)
            let after = try await client.execute(uri: "/activity.csv?month=2024-03", method: .get, headers: [.cookie: analyst.cookie])
            func lac(_ text: String) -> String? { text.split(separator: "\r\n").first { $0.hasPrefix("county,") }?.split(separator: ",").map(String.init)[12] }
            #expect(lac(before.text) == "8")
            #expect(lac(after.text) == "7")
        }
        try await server.cleanUp()
    }
}

@Suite("Disclosure and CSV")
struct OutputTests {
    @Test func suppression() {
        let d = Disclosure(suppress: true)
        #expect(d.count(0) == "0" && d.count(1) == "c" && d.count(4) == "c" && d.count(5) == "5")
        #expect(d.change(this: 10, last: 3) == "c")
        #expect(d.change(this: 10, last: 7) == "+3")
        #expect(d.percentage(3, of: 40) == "c")
        #expect(d.percentage(20, of: 40) == "50.0%")
        #expect(Disclosure(suppress: false).count(2) == "2")
    }

    @Test func csvEscapesAndDefusesFormulas() {
        let text = CSV.render(header: ["a", "b"], rows: [["=HYPERLINK(\"x\")", "x,y"], ["-3", "ok"]])
        #expect(text == "a,b\r\n\"'=HYPERLINK(\"\"x\"\")\",\"x,y\"\r\n-3,ok\r\n")
    }
}
