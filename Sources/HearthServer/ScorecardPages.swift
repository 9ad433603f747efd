import Foundation
import Hearth
import Hummingbird

extension HearthWeb {
    /// The month, unit and cohort a scorecard request asks for.
    struct ScorecardQuery {
        var month: Day
        var unit: ReportingUnit
        var excludingUASC: Bool
        var monthText: String { String(month.iso.prefix(7)) }
        var queryString: String { "month=\(monthText)&unit=\(unit.key)\(excludingUASC ? "&uasc=exclude" : "")" }
    }

    /// Parses `month`, `unit` and `uasc`; nil with a message when a value is not usable.
    func scorecardQuery(_ request: Request, _ county: County) -> Result<ScorecardQuery, QueryProblem> {
        let q = request.uri.queryParameters
        guard let month = requestedMonth(request, county)! else {
            return .failure(QueryProblem("Enter the month as yyyy-mm, no later than \(county.extractDate.iso.prefix(7))."))
        }
        var unit = ReportingUnit.county
        if let raw = q["unit"].map(String.init), !raw.isEmpty {
            guard let u = ReportingUnit(key: raw), ReportingUnit.all(in: county).contains(u) else {
                return .failure(QueryProblem("There is no unit \(raw)."))
            }
            unit = u
        }
        return .success(ScorecardQuery(month: month, unit: unit, excludingUASC: q["uasc"] == "exclude"))
    }

    /// Either the value to go on with, or the response to send instead.
    enum Gate<T> { case ok(T), stop(Response) }

    static func polarityText(_ p: String) -> String {
        switch p {
        case "H": "Higher values are better"
        case "L": "Lower values are better"
        case "T": "Values close to the target are better"
        default: ""
        }
    }

    struct QueryProblem: Error { var message: String; init(_ m: String) { message = m } }

    /// The scorecard engine, or a page saying it is not in this build (never invented figures).
    /// What the month-level report handlers start from: the engine (or a 503), the data, and the
    /// month and unit chosen (or a 400 saying `what` is not usable).
    func monthRequest(_ request: Request, _ identity: Identity, what: String = "The month is not usable.") async throws
        -> Gate<(any ScorecardSource, CaseloadSnapshot, ScorecardQuery)> {
        let source: any ScorecardSource
        switch requireScorecard(identity) { case .ok(let s): source = s; case .stop(let r): return .stop(r) }
        let snap = try await caseload.snapshot()
        guard case .success(let q) = scorecardQuery(request, snap.county) else {
            return .stop(renderer.error(.badRequest, heading: "Check the choices", message: what, identity: identity))
        }
        return .ok((source, snap, q))
    }

    func requireScorecard(_ identity: Identity?) -> Gate<any ScorecardSource> {
        if let s = scorecardSource { return .ok(s) }
        return .stop(renderer.error(.serviceUnavailable, heading: "The scorecard is not available",
                                       message: "This build of Hearth does not include the indicators engine.", identity: identity))
    }

    /// Display cells of a row for a role: suppression for aggregate-only roles (EES conventions).
    static func rowContext(_ r: ScorecardRow, _ d: Disclosure, query: ScorecardQuery) -> [String: Any] {
        func amount(_ v: Double?) -> String {
            guard let v else { return "" }
            let whole = v == v.rounded()
            if whole, d.isSuppressed(Int(v)) { return Disclosure.symbol }
            return whole ? String(Int(v)) : String(format: "%.1f", v)
        }
        let small = { (v: Double?) in v.map { $0 == $0.rounded() && d.isSuppressed(Int($0)) } ?? false }
        let valueSuppressed = d.suppress && ((r.isPercentage && (small(r.numerator) || small(r.denominator)))
            || (!r.isPercentage && r.denominator == nil && small(r.value)))
        // Comparators are rates over other periods; with a small current cohort they are withheld too.
        let comparatorsSuppressed = d.suppress && (small(r.denominator) || valueSuppressed)
        let c = Disclosure.symbol
        return [
            "id": r.id, "name": r.name, "polarity": r.polarity, "period": r.period,
            "href": "/indicators/\(r.id)?\(query.queryString)",
            "value": valueSuppressed ? c : r.displayValue,
            "rag": valueSuppressed ? "" : (r.rag?.rawValue ?? "No RAG"),
            "ragClass": valueSuppressed ? "rag-none" : (r.rag?.cssClass ?? "rag-none"),
            "numerator": amount(r.numerator), "denominator": amount(r.denominator),
            "caution": r.caution && !valueSuppressed,
            "target": r.target.isEmpty ? "none" : r.target, "floor": r.floor.isEmpty ? "none set" : r.floor,
            "previous": comparatorsSuppressed ? c : r.previous,
            "direction": comparatorsSuppressed ? "" : (r.direction ?? ""),
            "yearAgo": comparatorsSuppressed ? c : r.yearAgo,
            "rolling3": comparatorsSuppressed ? c : (r.rolling3 ?? "–"),
            "rolling3RAG": comparatorsSuppressed ? "" : (r.rolling3RAG?.rawValue ?? ""),
            "rolling3Class": r.rolling3RAG?.cssClass ?? "rag-none",
            "hasRolling3RAG": !comparatorsSuppressed && r.rolling3RAG != nil,
        ]
    }

    static let scorecardCSVHeader = ["id", "indicator", "polarity", "period", "result", "rag", "numerator", "denominator",
                                     "target", "floor", "1 month ago", "direction", "1 year ago", "rolling 3 months", "rolling 3 months rag"]

    static func csvCells(_ ctx: [String: Any]) -> [String] {
        ["id", "name", "polarity", "period", "value", "rag", "numerator", "denominator", "target", "floor", "previous",
         "direction", "yearAgo", "rolling3", "rolling3RAG"].map { "\(ctx[$0] ?? "")" }
    }

    func filterContext(_ county: County, _ q: ScorecardQuery) -> [String: Any] {
        [
            "month": q.monthText, "excludeUASC": q.excludingUASC,
            "units": ReportingUnit.all(in: county).map { u -> [String: Any] in
                let indent: String = switch u { case .county: ""; case .area: "– "; case .team: "– – " }
                return ["key": u.key, "name": indent + u.name(in: county), "selected": u == q.unit]
            },
        ]
    }

    func cachedScorecard(_ source: any ScorecardSource, _ snap: CaseloadSnapshot, _ q: ScorecardQuery) async throws -> [ScorecardRow] {
        let key = ResultCache.Key(kind: q.excludingUASC ? "scorecard-exc-uasc" : "scorecard", date: q.month.firstOfMonth,
                                  unit: q.unit.key, version: snap.version)
        if let hit: [ScorecardRow] = await cache.cached(key) { return hit }
        let rows = try await source.scorecard(snap, month: q.month, unit: q.unit, excludingUASC: q.excludingUASC)
        await cache.store(key, rows)
        return rows
    }

    static func sections(_ rows: [ScorecardRow], _ d: Disclosure, _ q: ScorecardQuery) -> [[String: Any]] {
        var order: [String] = []
        var grouped: [String: [[String: Any]]] = [:]
        for r in rows {
            if grouped[r.section] == nil { order.append(r.section) }
            grouped[r.section, default: []].append(rowContext(r, d, query: q))
        }
        return order.map { ["section": $0, "rows": grouped[$0]!] }
    }

    @Sendable func scorecardPage(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let source: any ScorecardSource
        switch requireScorecard(identity) { case .ok(let s): source = s; case .stop(let r): return r }
        let snap = try await caseload.snapshot()
        let q: ScorecardQuery
        switch scorecardQuery(request, snap.county) {
        case .success(let v): q = v
        case .failure(let p): return renderer.error(.badRequest, heading: "Check the choices", message: p.message, identity: identity)
        }
        let d = Disclosure(for: identity.user.role)
        // The rendered table depends only on the query, the data version and whether figures are
        // suppressed, so it is cached as HTML and only the layout is rendered per request.
        let htmlKey = ResultCache.Key(kind: "scorecard-html\(q.excludingUASC ? "-exc-uasc" : "")\(d.suppress ? "-suppressed" : "")",
                                      date: q.month.firstOfMonth, unit: q.unit.key, version: snap.version)
        if let body: String = await cache.cached(htmlKey) {
            return renderer.page(body: body, title: "Scorecard", identity: identity)
        }
        let rows = try await cachedScorecard(source, snap, q)
        var ctx = filterContext(snap.county, q)
        ctx["unitName"] = q.unit.name(in: snap.county)
        ctx["monthLabel"] = q.monthText
        ctx["sections"] = Self.sections(rows, d, q)
        ctx["suppressed"] = d.suppress
        ctx["query"] = q.queryString
        ctx["counts"] = ["green": rows.filter { $0.rag == .green }.count, "amber": rows.filter { $0.rag == .amber }.count,
                         "red": rows.filter { $0.rag == .red }.count]
        let body = renderer.body("scorecard", ctx)
        await cache.store(htmlKey, body)
        return renderer.page(body: body, title: "Scorecard", identity: identity)
    }

    @Sendable func scorecardCSV(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let (source, snap, q): (any ScorecardSource, CaseloadSnapshot, ScorecardQuery)
        switch try await monthRequest(request, identity, what: "The month or unit is not usable.") { case .ok(let v): (source, snap, q) = v; case .stop(let r): return r }
        let rows = try await cachedScorecard(source, snap, q)
        let d = Disclosure(for: identity.user.role)
        try await audit(.export, "scorecard.csv \(q.queryString)", request, context)
        return csvResponse(CSV.render(header: Self.scorecardCSVHeader, rows: rows.map { Self.csvCells(Self.rowContext($0, d, query: q)) }),
                           filename: "scorecard-\(q.monthText)-\(q.unit.key.replacingOccurrences(of: ":", with: "-")).csv")
    }

    /// What every indicator handler starts from: the engine (or a 503), the data, the month and
    /// unit chosen (or the error summary), and the indicator with `months` of trend (or a 404).
    func indicatorRequest(_ request: Request, _ context: HearthRequestContext, months: Int) async throws
        -> Gate<(CaseloadSnapshot, ScorecardQuery, String, IndicatorDetail)> {
        let identity = context.identity!
        let source: any ScorecardSource
        switch requireScorecard(identity) { case .ok(let s): source = s; case .stop(let r): return .stop(r) }
        let snap = try await caseload.snapshot()
        let q: ScorecardQuery
        switch scorecardQuery(request, snap.county) {
        case .success(let v): q = v
        case .failure(let p): return .stop(renderer.error(.badRequest, heading: "Check the choices", message: p.message, identity: identity))
        }
        let id = context.parameters.get("id") ?? ""
        guard let detail = try await source.indicator(snap, id: id, month: q.month, unit: q.unit, excludingUASC: q.excludingUASC,
                                                      months: months) else {
            return .stop(renderer.error(.notFound, heading: "Indicator not found", message: "There is no indicator \(id).", identity: identity))
        }
        return .ok((snap, q, id, detail))
    }

    @Sendable func indicatorPage(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let (snap, q, id, detail): (CaseloadSnapshot, ScorecardQuery, String, IndicatorDetail)
        switch try await indicatorRequest(request, context, months: 24) {
        case .ok(let v): (snap, q, id, detail) = v
        case .stop(let r): return r
        }
        let d = Disclosure(for: identity.user.role)
        var ctx = filterContext(snap.county, q)
        ctx["row"] = Self.rowContext(detail.row, d, query: q)
        ctx["definition"] = detail.definition
        ctx["unitName"] = q.unit.name(in: snap.county)
        ctx["suppressed"] = d.suppress
        // The trend hides nothing a suppressed row would: elected members get the chart only when
        // this month's figures are shown to them.
        let showTrend = !d.suppress || (Self.rowContext(detail.row, d, query: q)["value"] as? String) != Disclosure.symbol
        ctx["showTrend"] = showTrend
        if showTrend {
            ctx["chart"] = TrendChart.svg(detail.trend, title: "\(detail.row.name): 24-month trend with target and floor")
            ctx["trend"] = detail.trend.map { p -> [String: Any] in
                ["month": String(p.month.iso.prefix(7)), "value": p.value.map { String(format: "%.1f", $0) } ?? "–",
                 "target": p.target.map { String(format: "%.1f", $0) } ?? "", "floor": p.floor.map { String(format: "%.1f", $0) } ?? "",
                 "rag": p.rag?.rawValue ?? "No RAG", "ragClass": p.rag?.cssClass ?? "rag-none"]
            }
        }
        ctx["breakdown"] = detail.breakdown.map { b -> [String: Any] in
            var r = Self.rowContext(b.row, d, query: q)
            r["unitName"] = b.name
            r["unitClass"] = switch b.unit { case .county: "unit-county"; case .area: "unit-area"; case .team: "unit-team" }
            return r
        }
        ctx["csvHref"] = "/indicators/\(id)/breakdown.csv?\(q.queryString)"
        if CaseloadScope.seesChildren(identity.user.role) {
            ctx["childrenHref"] = "/indicators/\(id)/children?\(q.queryString)"
        }
        return renderer.page("indicator", title: detail.row.name, ctx, identity: identity)
    }

    @Sendable func indicatorCSV(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let (q, id, detail): (ScorecardQuery, String, IndicatorDetail)
        switch try await indicatorRequest(request, context, months: 24) {
        case .ok(let v): (_, q, id, detail) = v
        case .stop(let r): return r
        }
        let d = Disclosure(for: identity.user.role)
        try await audit(.export, "indicator \(id) breakdown.csv \(q.queryString)", request, context)
        var rows = detail.breakdown.map { b in [b.unit.key, b.name] + Self.csvCells(Self.rowContext(b.row, d, query: q)) }
        let suppressedNow = (Self.rowContext(detail.row, d, query: q)["value"] as? String) == Disclosure.symbol
        if !suppressedNow {
            rows += detail.trend.map { p in
                ["trend", String(p.month.iso.prefix(7)), id, detail.row.name, "", "", p.value.map { String(format: "%.1f", $0) } ?? "",
                 p.rag?.rawValue ?? "No RAG", "", "", p.target.map { String(format: "%.1f", $0) } ?? "",
                 p.floor.map { String(format: "%.1f", $0) } ?? "", "", "", "", "", ""]
            }
        }
        return csvResponse(CSV.render(header: ["unit", "unit name"] + Self.scorecardCSVHeader, rows: rows),
                           filename: "indicator-\(id)-\(q.monthText).csv")
    }

    /// The children behind the number, limited to those in the user's own scope, audited.
    @Sendable func indicatorChildren(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let (snap, q, id, detail): (CaseloadSnapshot, ScorecardQuery, String, IndicatorDetail)
        switch try await indicatorRequest(request, context, months: 1) {
        case .ok(let v): (snap, q, id, detail) = v
        case .stop(let r): return r
        }
        let visible = Self.childrenBehind(detail, in: snap, for: identity)
        let hidden = detail.denominatorChildren.count - visible.count
        try await audit(.drillDownList, "indicator \(id) children \(q.queryString) (\(visible.count) shown)", request, context)
        return renderer.page("indicatorChildren", title: "Children behind \(detail.row.name)", [
            "id": id, "name": detail.row.name, "back": "/indicators/\(id)?\(q.queryString)", "month": q.monthText,
            "csvHref": "/indicators/\(id)/children.csv?\(q.queryString)",
            "unitName": q.unit.name(in: snap.county), "count": visible.count, "hidden": hidden, "hasHidden": hidden > 0,
            "rows": visible.map { c in ["id": c.record.id.rawValue, "inNumerator": c.inNumerator ? "Yes" : "No",
                                        "status": Self.status(of: c.record, on: snap.county.extractDate)] },
        ], identity: identity)
    }

    /// The children behind an indicator's number that the user may see, each with whether it is
    /// counted in the numerator: the drill-down list (page and CSV).
    static func childrenBehind(_ detail: IndicatorDetail, in snap: CaseloadSnapshot, for identity: Identity)
        -> [(record: ChildRecord, inNumerator: Bool)] {
        let scope = CaseloadScope(user: identity.user, county: snap.county)
        let inNumerator = Set(detail.numeratorChildren)
        return detail.denominatorChildren.compactMap { snap.child($0) }
            .filter { scope.allows($0, asOf: snap.county.extractDate) }
            .map { ($0, inNumerator.contains($0.id)) }
    }
}
