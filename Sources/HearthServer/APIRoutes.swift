import Foundation
import Hearth
import Hummingbird

/// A count in the API: a number, or "c" when suppressed for an aggregate-only role.
public enum CountValue: Codable, Sendable, Equatable {
    case number(Int)
    case suppressed

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let n): try c.encode(n)
        case .suppressed: try c.encode(Disclosure.symbol)
        }
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int.self) { self = .number(n) } else { self = .suppressed }
    }
}

extension HearthWeb {
    struct ChildrenPayload: Codable { var asOf: String; var scope: String; var children: [ChildSummary] }
    struct ChronologyPayload: Codable {
        struct Entry: Codable { var date: String; var kind: String; var detail: String }
        var id: String; var dateOfBirth: String?; var status: String; var entries: [Entry]
    }
    struct ActivityPayload: Codable {
        struct Row: Codable { var unit: String; var name: String; var values: [String: CountValue] }
        var month: String; var snapshotDay: String; var previousSnapshotDay: String; var suppressed: Bool; var rows: [Row]
    }

    @Sendable func apiChildren(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let (snap, scope, rows) = try await childrenInScope(context.identity!)
        try await audit(.drillDownList, "api children in \(scope.description) (\(rows.count))", request, context)
        return json(ChildrenPayload(asOf: snap.county.extractDate.iso, scope: scope.description, children: rows))
    }

    @Sendable func apiChild(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        guard let (snap, child) = try await visibleChild(context) else {
            return json(["error": "no child with that id in your scope"], status: .notFound)
        }
        try await audit(.viewChild, child.id.rawValue, request, context)
        let entries = Chronology.entries(for: child, in: snap.county)
        return json(ChronologyPayload(id: child.id.rawValue, dateOfBirth: child.dateOfBirth?.iso,
                                      status: Self.status(of: child, on: snap.county.extractDate),
                                      entries: entries.map { .init(date: $0.date.iso, kind: $0.kind, detail: $0.detail) }))
    }

    @Sendable func apiActivity(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let snap = try await caseload.snapshot()
        guard let month = requestedMonth(request, snap.county)! else {
            return json(["error": "month must be yyyy-mm, no later than the extract date"], status: .badRequest)
        }
        let table = await activityTable(snap, month: month)
        let d = Disclosure(for: context.identity!.user.role)
        return json(ActivityPayload(
            month: String(month.iso.prefix(7)), snapshotDay: table.snapshotDay.iso,
            previousSnapshotDay: table.previousSnapshotDay.iso, suppressed: d.suppress,
            rows: table.rows.map { r in
                var values: [String: CountValue] = [:]
                for m in ActivityTable.Measure.allCases {
                    let n = r.values[m] ?? 0
                    values[m.rawValue] = d.isSuppressed(n) ? .suppressed : .number(n)
                }
                return .init(unit: r.unit.key, name: r.name, values: values)
            }))
    }
}

/// The OpenAPI 3.1 document, generated from the route table so it cannot drift from the routes.
public enum OpenAPIDocument {
    public static func document() -> [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for e in RouteTable.entries where e.kind == .api || e.endpoint == .openAPI {
            var op: [String: Any] = [
                "operationId": e.endpoint.rawValue,
                "summary": e.summary,
                "responses": responses(for: e),
            ]
            var params: [[String: Any]] = []
            if e.path.contains("{id}") {
                params.append(["name": "id", "in": "path", "required": true, "schema": ["type": "string"],
                               "description": "The council's child identifier"])
            }
            if e.endpoint == .apiScorecard {
                params.append(["name": "month", "in": "query", "required": false,
                               "schema": ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"], "description": "Reporting month, yyyy-mm"])
                params.append(["name": "unit", "in": "query", "required": false, "schema": ["type": "string"],
                               "description": "county, area:ID or team:ID"])
                params.append(["name": "uasc", "in": "query", "required": false, "schema": ["type": "string", "enum": ["exclude"]],
                               "description": "exclude to leave out unaccompanied asylum-seeking children"])
            }
            if e.endpoint == .apiActivity {
                params.append(["name": "month", "in": "query", "required": false,
                               "schema": ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"],
                               "description": "Reporting month, yyyy-mm; defaults to the extract date's month"])
            }
            if !params.isEmpty { op["parameters"] = params }
            switch e.access {
            case .anyone: op["security"] = [[String: [String]]]()
            case .roles(let roles):
                op["security"] = [["bearerAuth": [String]()]]
                op["x-hearth-roles"] = roles.sorted().map(\.rawValue)
            }
            paths[e.path, default: [:]][e.method.rawValue.lowercased()] = op
        }
        return [
            "openapi": "3.1.0",
            "info": ["title": "Hearth API", "version": "1.0.0",
                     "description": "Children's social care data for scripts. The same role checks as the web pages apply; every child view and list is audited. Counts of 1–4 are returned as \"c\" to elected members."],
            "servers": [["url": "/"]],
            "paths": paths,
            "components": ["securitySchemes": ["bearerAuth": ["type": "http", "scheme": "bearer",
                                                              "description": "A token from `hearth user add --api-token`"]]],
        ]
    }

    static func responses(for e: RouteEntry) -> [String: Any] {
        var r: [String: Any] = ["200": ["description": "OK", "content": ["application/json": ["schema": ["type": "object"]]]]]
        if case .roles = e.access {
            r["401"] = ["description": "No valid bearer token"]
            r["403"] = ["description": "The caller's role may not use this route"]
        }
        if e.path.contains("{id}") { r["404"] = ["description": "No such child in the caller's scope"] }
        if e.endpoint == .apiScorecard { r["503"] = ["description": "This build has no indicators engine"] }
        if e.endpoint == .apiActivity || e.endpoint == .apiScorecard { r["400"] = ["description": "The month is not yyyy-mm or is after the extract date"] }
        return r
    }

    public static func json() -> Data {
        (try? JSONSerialization.data(withJSONObject: document(), options: [.sortedKeys, .prettyPrinted])) ?? Data()
    }
}
