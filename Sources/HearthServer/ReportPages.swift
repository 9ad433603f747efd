import Foundation
import Hearth
import Hummingbird

extension HearthWeb {
    /// Indicators on the UASC-impact page (spec scorecard §6.1): the children-in-care block for the
    /// county and each area, then the other county indicators.
    static let uascImpactCareIDs = ["17", "18", "21", "22", "23", "24", "25", "27"]
    static let uascImpactOtherIDs = ["32", "33", "34", "35", "2", "7"]

    /// The UASC-impact tables: one block per unit, each row an indicator including and excluding
    /// UASC, with suppression applied for aggregate-only roles. Shared by the page and its CSV.
    func uascImpactBlocks(_ source: any ScorecardSource, _ snap: CaseloadSnapshot, _ base: ScorecardQuery,
                          _ d: Disclosure) async throws -> [[String: Any]] {
        var blocks: [[String: Any]] = []
        let units: [(ReportingUnit, [String])] = [(.county, Self.uascImpactCareIDs)]
            + snap.county.areas.map { (.area($0.id), Self.uascImpactCareIDs) } + [(.county, Self.uascImpactOtherIDs)]
        for (i, (unit, ids)) in units.enumerated() {
            var q = base; q.unit = unit; q.excludingUASC = false
            let inc = try await cachedScorecard(source, snap, q)
            q.excludingUASC = true
            let exc = try await cachedScorecard(source, snap, q)
            let rows = ids.compactMap { id -> [String: Any]? in
                guard let a = inc.first(where: { $0.id == id }), let b = exc.first(where: { $0.id == id }) else { return nil }
                let ca = Self.rowContext(a, d, query: q), cb = Self.rowContext(b, d, query: q)
                var variance = "–"
                if let va = a.value, let vb = b.value, ca["value"] as? String != Disclosure.symbol, cb["value"] as? String != Disclosure.symbol {
                    variance = String(format: "%+.1f", vb - va)
                }
                return ["id": a.id, "name": a.name, "polarity": a.polarity, "period": a.period, "inc": ca, "exc": cb,
                        "target": a.target, "variance": variance]
            }
            let title = i == units.count - 1 ? "Other indicators – \(snap.county.name)" : "Children in care – \(unit.name(in: snap.county))"
            if !rows.isEmpty { blocks.append(["title": title, "rows": rows]) }
        }
        return blocks
    }

    @Sendable func uascImpactPage(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let (source, snap, base): (any ScorecardSource, CaseloadSnapshot, ScorecardQuery)
        switch try await monthRequest(request, identity) { case .ok(let v): (source, snap, base) = v; case .stop(let r): return r }
        let d = Disclosure(for: identity.user.role)
        let blocks = try await uascImpactBlocks(source, snap, base, d)
        return renderer.page("uascImpact", title: "Impact of UASC", [
            "month": base.monthText, "blocks": blocks, "suppressed": d.suppress, "hasBlocks": !blocks.isEmpty,
        ], identity: identity)
    }

    /// Exception reports: one for every Red indicator at county level (spec §7), with the last
    /// four months' result, target and RAG, and the data notes.
    func exceptionReports(_ source: any ScorecardSource, _ snap: CaseloadSnapshot, _ q: ScorecardQuery,
                          _ d: Disclosure) async throws -> [[String: Any]] {
        var cq = q; cq.unit = .county
        let rows = try await cachedScorecard(source, snap, cq)
        var out: [[String: Any]] = []
        for r in rows where r.rag == .red {
            guard let detail = try await source.indicator(snap, id: r.id, month: q.month, unit: .county,
                                                         excludingUASC: q.excludingUASC, months: 4) else { continue }
            let row = Self.rowContext(r, d, query: cq)
            // As on the indicator page: a figure withheld this month takes its trend with it.
            let showTrend = (row["value"] as? String) != Disclosure.symbol
            out.append([
                "name": r.name, "id": r.id, "month": q.monthText, "row": row, "showTrend": showTrend,
                "trend": !showTrend ? [] : detail.trend.map { p -> [String: Any] in
                    ["month": String(p.month.iso.prefix(7)), "value": p.value.map { String(format: "%.1f", $0) } ?? "–",
                     "target": p.target.map { String(format: "%.1f", $0) } ?? "", "rag": p.rag?.rawValue ?? "No RAG",
                     "ragClass": p.rag?.cssClass ?? "rag-none"]
                },
                "polarityText": Self.polarityText(r.polarity),
                "definition": detail.definition, "target": r.target, "floor": r.floor, "period": r.period,
            ])
        }
        return out
    }

    @Sendable func exceptionsPage(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let (source, snap, q): (any ScorecardSource, CaseloadSnapshot, ScorecardQuery)
        switch try await monthRequest(request, identity) { case .ok(let v): (source, snap, q) = v; case .stop(let r): return r }
        let reports = try await exceptionReports(source, snap, q, Disclosure(for: identity.user.role))
        return renderer.page("exceptions", title: "Exception reports", [
            "month": q.monthText, "reports": reports, "none": reports.isEmpty, "countyName": snap.county.name,
        ], identity: identity)
    }

    /// The committee pack: a cover, the county scorecard, the exception reports and the activity
    /// table for one month, laid out for A4 printing with page numbers.
    @Sendable func committeePack(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let (source, snap, qChosen): (any ScorecardSource, CaseloadSnapshot, ScorecardQuery)
        switch try await monthRequest(request, identity) { case .ok(let v): (source, snap, qChosen) = v; case .stop(let r): return r }
        var q = qChosen
        q.unit = .county
        let params = request.uri.queryParameters
        let committee = params["committee"].map(String.init).flatMap { $0.isEmpty ? nil : $0 } ?? "Children's Social Care Committee"
        let meeting = params["meeting"].map(String.init).flatMap { Day(iso: $0) }
        let d = Disclosure(for: identity.user.role)
        let rows = try await cachedScorecard(source, snap, q)
        let activity = await activityTable(snap, month: q.month)
        return renderer.page("committeePack", title: "Committee pack \(q.monthText)", [
            "committee": committee, "meeting": meeting?.ukFormat ?? "", "hasMeeting": meeting != nil,
            "month": q.monthText, "countyName": snap.county.name, "monthInput": q.monthText,
            "sections": Self.sections(rows, d, q), "suppressed": d.suppress,
            "reports": try await exceptionReports(source, snap, q, d),
            "activityHeadings": Self.activityHeadings,
            "activityRows": activity.rows.map { r -> [String: Any] in
                let cls: String = switch r.unit { case .county: "unit-county"; case .area: "unit-area"; case .team: "unit-team" }
                return ["name": r.name, "rowClass": cls, "cells": Self.activityCells(r, d)]
            },
        ], identity: identity)
    }

    @Sendable func apiScorecard(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        guard let source = scorecardSource else {
            return json(["error": "this build does not include the indicators engine"], status: .serviceUnavailable)
        }
        let snap = try await caseload.snapshot()
        let q: ScorecardQuery
        switch scorecardQuery(request, snap.county) {
        case .success(let v): q = v
        case .failure(let p): return json(["error": p.message], status: .badRequest)
        }
        let d = Disclosure(for: context.identity!.user.role)
        let rows = try await cachedScorecard(source, snap, q)
        let out = rows.map { r -> [String: String] in
            var m: [String: String] = [:]
            for (k, v) in Self.rowContext(r, d, query: q) where k != "href" { m[k] = "\(v)" }
            return m
        }
        struct Payload: Encodable { var month: String; var unit: String; var excludingUASC: Bool; var suppressed: Bool; var rows: [[String: String]] }
        return json(Payload(month: q.monthText, unit: q.unit.key, excludingUASC: q.excludingUASC, suppressed: d.suppress, rows: out))
    }
}
