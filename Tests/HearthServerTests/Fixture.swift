import Foundation
import Hearth
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import HearthServer
import Testing

/// A small county built in code: two areas, three teams, nine children, so every role's scope and
/// the 1–4 suppression band can be asserted exactly.
enum Fixture {
    static let extract = Day(2024, 3, 28)

    static func county() throws -> County {
        var children: [ChildRecord] = []
        func lookedAfter(_ id: String, team: TeamID, worker: WorkerID?, start: Day, uasc: Bool = false) throws -> ChildRecord {
            var c = ChildRecord(id: ChildID(id), sex: [SexRecord("F")], dateOfBirth: Day(2012, 5, 1), ethnicity: "WBRI")
            if uasc { c.uasc = [DaySpan(start: start)] }
            try c.allocate(to: team, worker: worker, on: start.adding(days: -30))
            var p = PeriodOfCare.begin(id: "\(id)-P1", on: start, legalStatus: "C2",
                                       placement: PlacementSpan(span: DaySpan(start: start), type: "U4", provider: "PR1"),
                                       categoryOfNeed: "N1")
            try p.changePlacement(to: PlacementSpan(span: DaySpan(start: start), type: "U6", provider: "PR4"),
                                  on: start.adding(days: 100), reason: "CHILD")
            p.reviews = [CarePlanReview(date: start.adding(days: 20), participation: "PN1")]
            try c.add(p)
            return c
        }
        var c1 = try lookedAfter("C1", team: "T1", worker: "W1", start: Day(2023, 1, 10))
        c1.contacts = [Contact(date: Day(2022, 11, 1), source: "1A", ledToReferral: true)]
        c1.childInNeedEpisodes = [ChildInNeedEpisode(
            id: "C1-E1", referralDate: Day(2022, 11, 2), referralSource: "1A", primaryNeed: "N1",
            assessments: [Assessment(id: "A1", startDate: Day(2022, 11, 3), authorisationDate: Day(2022, 12, 1))],
            protectionPlans: [ChildProtectionPlan(id: "CP1", span: DaySpan(start: Day(2022, 12, 5), end: Day(2023, 1, 10)),
                                                  initialCategory: "NEG", reviews: [Day(2022, 12, 20)])])]
        c1.missingEpisodes = [MissingEpisode(kind: "M", span: DaySpan(start: Day(2023, 6, 1), end: Day(2023, 6, 2)),
                                             returnInterviewCompleted: Day(2023, 6, 3))]
        children.append(c1)
        // C2: child in need in T2 (area A1), with a referral in the reporting month.
        var c2 = ChildRecord(id: "C2", dateOfBirth: Day(2015, 2, 2))
        try c2.allocate(to: "T2", worker: nil, on: Day(2024, 3, 4))
        c2.childInNeedEpisodes = [ChildInNeedEpisode(id: "C2-E1", referralDate: Day(2024, 3, 4), referralSource: "2A", primaryNeed: "N2")]
        children.append(c2)
        children.append(try lookedAfter("C3", team: "T3", worker: "W2", start: Day(2023, 9, 1), uasc: true))
        for i in 4...8 { children.append(try lookedAfter("C\(i)", team: "T1", worker: "W1", start: Day(2023, 4, i))) }
        children.append(try lookedAfter("C9", team: "T3", worker: "W2", start: Day(2024, 3, 5)))
        return County(
            councilCode: "999", name: "Testshire", extractDate: extract,
            areas: [Area(id: "A1", name: "North"), Area(id: "A2", name: "East")],
            teams: [Team(id: "T1", name: "North CIC", kind: .childrenInCare, area: "A1"),
                    Team(id: "T2", name: "North CSWT", kind: .childrensSocialWork, area: "A1"),
                    Team(id: "T3", name: "East CIC", kind: .childrenInCare, area: "A2")],
            workers: [Worker(id: "W1", name: "Worker One", team: "T1", role: .socialWorker, qualified: true,
                             employment: .permanent, fte: 1, employed: DaySpan(start: Day(2015, 1, 1))),
                      Worker(id: "W2", name: "Worker Two", team: "T3", role: .socialWorker, qualified: true,
                             employment: .permanent, fte: 1, employed: DaySpan(start: Day(2015, 1, 1)))],
            children: children)
    }

    static func scope(for role: StaffRole) -> StaffScope {
        switch role {
        case .socialWorker: StaffScope(worker: "W1", team: "T1")
        case .teamManager: StaffScope(team: "T1")
        case .areaManager: StaffScope(area: "A1")
        default: StaffScope()
        }
    }
    static let password = "correct horse battery"

    /// One user per role, scoped as `scope(for:)` says, with the shared test password.
    static func addRoleUsers(_ store: SQLSecurityStore) async throws -> [StaffRole: StaffUser] {
        var users: [StaffRole: StaffUser] = [:]
        for role in StaffRole.allCases {
            users[role] = try await UserAdministration.addUser(store, name: "user-\(role.rawValue)", role: role,
                                                               scope: scope(for: role), password: password, cost: 4)
        }
        return users
    }

    /// A session straight in the store, for tests about what a signed-in user may do.
    static func session(_ store: SQLSecurityStore, for user: StaffUser) async throws -> (cookie: String, csrf: String) {
        let token = Secrets.randomToken(), csrf = Secrets.randomToken()
        try await store.saveSession(WebSession(tokenHash: Secrets.sha256Hex(token), userID: user.id, csrfToken: csrf,
                                               created: Date(), expires: Date().addingTimeInterval(3600)))
        return ("hearth_session=\(token)", csrf)
    }
}

/// A live server on a loopback port over a fresh SQLite file, with one user per role.
struct TestServer {
    let web: HearthWeb
    let store: SQLSecurityStore
    let caseload: InMemoryCaseload
    let path: String
    var users: [StaffRole: StaffUser] = [:]

    init(configuration: ServerConfiguration = .init(port: 0, bcryptCost: 4)) async throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-server-\(UUID().uuidString).sqlite").path
        store = try await SQLSecurityStore(path: path)
        caseload = InMemoryCaseload(county: try Fixture.county())
        web = try HearthWeb(caseload: caseload, store: store, configuration: configuration, scorecardSource: FixtureScorecard())
        users = try await Fixture.addRoleUsers(store)
    }

    func run<T>(_ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        try await web.buildApplication().test(.live, body)
    }

    /// A session straight in the store, for tests about what a signed-in role may do.
    func session(for role: StaffRole) async throws -> (cookie: String, csrf: String) {
        try await Fixture.session(store, for: users[role]!)
    }

    func cleanUp() async throws {
        try await store.close()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var setCookies: [String] { headers[values: .setCookie] }
}

func formBody(_ fields: [String: String]) -> ByteBuffer {
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
    return ByteBuffer(string: fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
        .joined(separator: "&"))
}

func formHeaders(cookie: String? = nil) -> HTTPFields {
    var h: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    if let cookie { h[.cookie] = cookie }
    return h
}

/// The value of `name=` in the first Set-Cookie header that sets it.
func cookieValue(_ name: String, in response: TestResponse) -> String? {
    for c in response.setCookies where c.hasPrefix(name + "=") {
        return String(c.dropFirst(name.count + 1).prefix { $0 != ";" })
    }
    return nil
}

func hiddenCSRF(in html: String) -> String? {
    guard let r = html.range(of: "name=\"csrf\" value=\"") else { return nil }
    return String(html[r.upperBound...].prefix { $0 != "\"" })
}

/// Signs in through the real form: GET /login for the CSRF cookie, POST the form.
func signIn(_ client: any TestClientProtocol, name: String, password: String) async throws -> TestResponse {
    let page = try await client.execute(uri: "/login", method: .get)
    let csrfCookie = try #require(cookieValue("hearth_login_csrf", in: page))
    #expect(hiddenCSRF(in: page.text) == csrfCookie)
    return try await client.execute(uri: "/login", method: .post, headers: formHeaders(cookie: "hearth_login_csrf=\(csrfCookie)"),
                                    body: formBody(["csrf": csrfCookie, "name": name, "password": password]))
}
