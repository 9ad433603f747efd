import Foundation
import Hearth
import Hummingbird

/// CSV downloads of the tables that have no other export: the UASC-impact page, the exception
/// reports, the children behind an indicator, a child's chronology and the users list. Each
/// answers only to the roles its page answers to (the route table), applies the same
/// suppression for aggregate-only roles as the page, and is audited as an export.
extension HearthWeb {
    static let uascImpactCSVHeader = [
        "block", "id", "indicator", "polarity", "period",
        "including UASC", "including UASC rag", "including UASC numerator", "including UASC denominator", "target",
        "excluding UASC", "excluding UASC rag", "excluding UASC numerator", "excluding UASC denominator", "variance (points)",
    ]

    @Sendable func uascImpactCSV(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let (source, snap, base): (any ScorecardSource, CaseloadSnapshot, ScorecardQuery)
        switch try await monthRequest(request, identity) { case .ok(let v): (source, snap, base) = v; case .stop(let r): return r }
        let blocks = try await uascImpactBlocks(source, snap, base, Disclosure(for: identity.user.role))
        try await audit(.export, "uasc-impact.csv \(base.monthText)", request, context)
        var rows: [[String]] = []
        for block in blocks {
            let title = block["title"] as? String ?? ""
            for r in block["rows"] as? [[String: Any]] ?? [] {
                let inc = r["inc"] as? [String: Any] ?? [:], exc = r["exc"] as? [String: Any] ?? [:]
                func cells(_ c: [String: Any]) -> [String] { ["value", "rag", "numerator", "denominator"].map { "\(c[$0] ?? "")" } }
                rows.append([title] + ["id", "name", "polarity", "period"].map { "\(r[$0] ?? "")" }
                            + cells(inc) + ["\(r["target"] ?? "")"] + cells(exc) + ["\(r["variance"] ?? "")"])
            }
        }
        return csvResponse(CSV.render(header: Self.uascImpactCSVHeader, rows: rows), filename: "uasc-impact-\(base.monthText).csv")
    }

    static let exceptionsCSVHeader = ["id", "indicator", "report month", "month", "result", "target", "rag", "floor",
                                      "polarity", "period"]

    /// One line per month of each Red indicator's trend; a report whose figure is withheld from
    /// the role gives one line with the withheld figure instead of its trend, as on the page.
    @Sendable func exceptionsCSV(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let (source, snap, q): (any ScorecardSource, CaseloadSnapshot, ScorecardQuery)
        switch try await monthRequest(request, identity) { case .ok(let v): (source, snap, q) = v; case .stop(let r): return r }
        let reports = try await exceptionReports(source, snap, q, Disclosure(for: identity.user.role))
        try await audit(.export, "exceptions.csv \(q.monthText)", request, context)
        var rows: [[String]] = []
        for r in reports {
            let head = ["id", "name", "month"].map { "\(r[$0] ?? "")" }
            let tail = ["floor", "polarity", "period"].map { k -> String in
                k == "polarity" ? "\((r["row"] as? [String: Any])?["polarity"] ?? "")" : "\(r[k] ?? "")"
            }
            if r["showTrend"] as? Bool == true {
                for p in r["trend"] as? [[String: Any]] ?? [] {
                    rows.append(head + ["month", "value", "target", "rag"].map { "\(p[$0] ?? "")" } + tail)
                }
            } else {
                let row = r["row"] as? [String: Any] ?? [:]
                rows.append(head + ["\(r["month"] ?? "")", "\(row["value"] ?? "")", "\(r["target"] ?? "")", "\(row["rag"] ?? "")"] + tail)
            }
        }
        return csvResponse(CSV.render(header: Self.exceptionsCSVHeader, rows: rows), filename: "exceptions-\(q.monthText).csv")
    }

    /// The children behind an indicator within the user's scope: the drill-down list as CSV.
    @Sendable func indicatorChildrenCSV(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let (snap, q, id, detail): (CaseloadSnapshot, ScorecardQuery, String, IndicatorDetail)
        switch try await indicatorRequest(request, context, months: 1) {
        case .ok(let v): (snap, q, id, detail) = v
        case .stop(let r): return r
        }
        let visible = Self.childrenBehind(detail, in: snap, for: identity)
        try await audit(.export, "indicator \(id) children.csv \(q.queryString) (\(visible.count) rows)", request, context)
        let csv = CSV.render(header: ["child", "counted in the numerator", "status now"],
                             rows: visible.map { [$0.record.id.rawValue, $0.inNumerator ? "Yes" : "No",
                                                  Self.status(of: $0.record, on: snap.county.extractDate)] })
        return csvResponse(csv, filename: "indicator-\(id)-children-\(q.monthText).csv")
    }

    /// A child's chronology as CSV; a child outside the user's scope answers 404 as the page does.
    @Sendable func childChronologyCSV(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        guard let (snap, child) = try await visibleChild(context) else {
            return renderer.error(.notFound, heading: "Child not found",
                                  message: "There is no child with that id in your scope.", identity: identity)
        }
        try await audit(.export, "chronology.csv \(child.id.rawValue)", request, context)
        let entries = Chronology.entries(for: child, in: snap.county)
        return csvResponse(CSV.render(header: ["date", "what", "detail"], rows: entries.map { [$0.date.iso, $0.kind, $0.detail] }),
                           filename: "chronology-\(child.id.rawValue).csv")
    }

    /// The users and their roles and scopes (never a password hash).
    @Sendable func adminUsersCSV(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let users = try await store.users()
        try await audit(.export, "users.csv (\(users.count) rows)", request, context)
        return csvResponse(CSV.render(
            header: ["name", "role", "worker", "team", "area", "disabled"],
            rows: users.map { [$0.name, $0.role.rawValue, $0.scope.worker?.rawValue ?? "", $0.scope.team?.rawValue ?? "",
                               $0.scope.area?.rawValue ?? "", $0.disabled ? "yes" : "no"] }),
            filename: "users.csv")
    }
}
