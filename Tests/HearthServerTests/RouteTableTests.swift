import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import HearthServer
import Testing

@Suite("Route table: every route × every role")
struct RouteTableTests {
    @Test("every endpoint has exactly one entry")
    func everyEndpointHasAnEntry() {
        #expect(RouteTable.missing.isEmpty)
        #expect(Set(RouteTable.entries.map(\.endpoint)).count == RouteTable.entries.count)
        #expect(Set(RouteTable.entries.map { "\($0.method) \($0.path)" }).count == RouteTable.entries.count)
    }

    func uri(_ e: RouteEntry) -> String {
        e.path.replacingOccurrences(of: "{id}", with: e.path.hasPrefix("/indicators") ? "F1" : "C1")
    }

    @Test("a live server allows exactly the roles in the table, for pages and the API")
    func matrix() async throws {
        let server = try await TestServer()
        var issued: [StaffRole: String] = [:]
        for role in StaffRole.allCases {
            issued[role] = try await UserAdministration.issueAPIToken(server.store, for: server.users[role]!, label: "test")
        }
        let tokens = issued
        let sessions = try await withThrowingTaskGroup(of: (StaffRole, (cookie: String, csrf: String)).self) { g in
            for role in StaffRole.allCases { g.addTask { (role, try await server.session(for: role)) } }
            return try await g.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        try await server.run { client in
            for entry in RouteTable.entries {
                for role in StaffRole.allCases {
                    var headers: HTTPFields = [:]
                    var body: ByteBuffer?
                    if entry.kind == .api {
                        headers[.authorization] = "Bearer \(tokens[role]!)"
                    } else {
                        // Sign-out gets its own session so the rest of the walk keeps this role's.
                        let s = entry.endpoint == .logout ? try await server.session(for: role) : sessions[role]!
                        headers = formHeaders(cookie: s.cookie)
                        if entry.method == .post { body = formBody(["csrf": s.csrf]) }
                    }
                    let method: HTTPRequest.Method = entry.method == .get ? .get : .post
                    let r = try await client.execute(uri: uri(entry), method: method, headers: headers, body: body)
                    if entry.access.allows(role) {
                        #expect(r.status != .forbidden && r.status != .unauthorized,
                                "\(role) should be allowed \(entry.method) \(entry.path), got \(r.status)")
                        #expect(r.status.code < 500, "\(entry.path) as \(role) failed with \(r.status)")
                    } else {
                        #expect(r.status == .forbidden, "\(role) should be denied \(entry.method) \(entry.path), got \(r.status)")
                    }
                }
                // Signed out: pages send you to sign in, the API answers 401, public routes answer.
                let method: HTTPRequest.Method = entry.method == .get ? .get : .post
                let r = try await client.execute(uri: uri(entry), method: method)
                switch (entry.access, entry.kind) {
                case (.anyone, _): #expect(r.status != .unauthorized && r.status != .seeOther || entry.endpoint == .loginSubmit)
                case (.roles, .api): #expect(r.status == .unauthorized, "\(entry.path) signed out gave \(r.status)")
                case (.roles, _):
                    #expect(r.status == .seeOther && r.headers[.location] == "/login", "\(entry.path) signed out gave \(r.status)")
                }
            }
        }
        try await server.cleanUp()
    }

    @Test("the OpenAPI document lists every API route and nothing else")
    func openAPIMatchesRoutes() async throws {
        let server = try await TestServer()
        try await server.run { client in
            let r = try await client.execute(uri: "/api/openapi.json", method: .get)
            #expect(r.status == .ok)
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.text.utf8)) as? [String: Any])
            #expect(doc["openapi"] as? String == "3.1.0")
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            let apiEntries = RouteTable.entries.filter { $0.path.hasPrefix("/api/") }
            for e in apiEntries {
                #expect(paths[e.path]?[e.method.rawValue.lowercased()] != nil, "\(e.method) \(e.path) missing from OpenAPI")
            }
            let documented = Set(paths.flatMap { p, ops in ops.keys.map { "\($0.uppercased()) \(p)" } })
            let routed = Set(apiEntries.map { "\($0.method.rawValue) \($0.path)" })
            #expect(documented == routed)
        }
        try await server.cleanUp()
    }
}
