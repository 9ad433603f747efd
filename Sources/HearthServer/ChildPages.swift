import Foundation
import Hearth
import Hummingbird

extension HearthWeb {
    /// One line of the children list, shared by the page, the CSV and the API.
    struct ChildSummary: Codable, Sendable {
        var id: String
        var age: Int?
        var status: String
        var team: String
        var worker: String
    }

    static func status(of child: ChildRecord, on day: Day) -> String {
        if child.isLookedAfter(on: day) { return "Looked after" }
        if child.protectionPlan(on: day) != nil { return "Child protection plan" }
        if child.openChildInNeedEpisode(on: day) != nil { return "Child in need" }
        if child.careLeaver != nil, child.periodsOfCare.contains(where: { $0.span.end != nil }) { return "Care leaver" }
        return "Closed"
    }

    func childrenInScope(_ identity: Identity) async throws -> (CaseloadSnapshot, CaseloadScope, [ChildSummary]) {
        let snap = try await caseload.snapshot()
        let county = snap.county
        let scope = CaseloadScope(user: identity.user, county: county)
        let day = county.extractDate
        let teamName = Dictionary(county.teams.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let workerName = Dictionary(county.workers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let rows = county.children.filter { scope.allows($0, asOf: day) }.map { c -> ChildSummary in
            let a = scope.allocation(of: c, asOf: day)
            return ChildSummary(id: c.id.rawValue, age: c.age(on: day), status: Self.status(of: c, on: day),
                                team: a.map { teamName[$0.team] ?? $0.team.rawValue } ?? "",
                                worker: a?.worker.map { workerName[$0] ?? $0.rawValue } ?? "")
        }
        return (snap, scope, rows)
    }

    @Sendable func childrenList(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let (snap, scope, rows) = try await childrenInScope(identity)
        let pageSize = 100
        let pages = max(1, (rows.count + pageSize - 1) / pageSize)
        let page = min(max(1, request.uri.queryParameters["page"].flatMap { Int($0) } ?? 1), pages)
        let shown = rows.dropFirst((page - 1) * pageSize).prefix(pageSize)
        try await audit(.drillDownList, "children in \(scope.description) page \(page) of \(pages) (\(rows.count))", request, context)
        return renderer.page("children", title: "Children", [
            "count": rows.count, "scope": scope.description, "asOf": snap.county.extractDate.ukFormat,
            "page": page, "pages": pages, "multiplePages": pages > 1,
            "previous": page > 1 ? ["href": "/children?page=\(page - 1)"] : false,
            "next": page < pages ? ["href": "/children?page=\(page + 1)"] : false,
            "rows": shown.map { ["id": $0.id, "age": $0.age.map(String.init) ?? "unborn", "status": $0.status,
                                "team": $0.team, "worker": $0.worker] },
        ], identity: identity)
    }

    @Sendable func childrenCSV(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let (_, scope, rows) = try await childrenInScope(context.identity!)
        try await audit(.export, "children.csv for \(scope.description) (\(rows.count))", request, context)
        let csv = CSV.render(header: ["child", "age", "status", "team", "worker"],
                             rows: rows.map { [$0.id, $0.age.map(String.init) ?? "", $0.status, $0.team, $0.worker] })
        return csvResponse(csv, filename: "children.csv")
    }

    /// The child if the user may see them. A child outside the user's scope answers exactly as a
    /// child who does not exist (404), so ids cannot be probed.
    func visibleChild(_ context: HearthRequestContext) async throws -> (CaseloadSnapshot, ChildRecord)? {
        guard let raw = context.parameters.get("id") else { return nil }
        let snap = try await caseload.snapshot()
        guard let child = snap.child(ChildID(raw)) else { return nil }
        let scope = CaseloadScope(user: context.identity!.user, county: snap.county)
        guard scope.allows(child, asOf: snap.county.extractDate) else { return nil }
        return (snap, child)
    }

    @Sendable func childChronology(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        guard let (snap, child) = try await visibleChild(context) else {
            return renderer.error(.notFound, heading: "Child not found",
                                  message: "There is no child with that id in your scope.", identity: identity)
        }
        try await audit(.viewChild, child.id.rawValue, request, context)
        let county = snap.county
        let day = county.extractDate
        let entries = Chronology.entries(for: child, in: county)
        let team = child.allocations.last { $0.span.start <= day }.map { a in county.teams.first { $0.id == a.team }?.name ?? a.team.rawValue }
        return renderer.page("chronology", title: "Child \(child.id.rawValue)", [
            "id": child.id.rawValue,
            "dob": child.dateOfBirth?.ukFormat ?? child.expectedDateOfBirth.map { "expected \($0.ukFormat)" } ?? "not recorded",
            "sex": child.currentSex.map { $0.meaning ?? $0.rawValue } ?? "not recorded",
            "ethnicity": child.ethnicity.meaning ?? child.ethnicity.rawValue,
            "asOf": day.ukFormat, "status": Self.status(of: child, on: day), "team": team ?? "none",
            "uasc": child.wasEverUASC ? "Yes" : "No",
            "count": entries.count,
            "entries": entries.map { ["date": $0.date.ukFormat, "kind": $0.kind, "detail": $0.detail] },
        ], identity: identity)
    }
}
