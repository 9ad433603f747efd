import Foundation
import Hearth
import Hummingbird

extension HearthWeb {
    /// The month asked for (`month=yyyy-mm`), defaulting to the extract date's month; nil when the
    /// text is not a month or is after the records end.
    func requestedMonth(_ request: Request, _ county: County) -> Day?? {
        guard let raw = request.uri.queryParameters["month"].map(String.init), !raw.isEmpty else {
            return .some(county.extractDate)
        }
        guard let d = Day(iso: raw + "-01"), d <= county.extractDate else { return .some(nil) }
        return .some(d)
    }

    func activityTable(_ snap: CaseloadSnapshot, month: Day) async -> ActivityTable {
        let key = ResultCache.Key(kind: "activity", date: month.firstOfMonth, unit: "all", version: snap.version)
        let county = snap.county
        return await cache.value(key) { ActivityTable.compute(county: county, month: month) }
    }

    /// The table as display cells, with the change columns the published table carries and
    /// suppression applied for aggregate-only roles.
    static func activityCells(_ row: ActivityTable.Row, _ d: Disclosure) -> [String] {
        typealias M = ActivityTable.Measure
        func v(_ m: M) -> Int { row.values[m] ?? 0 }
        return [
            d.count(v(.casesThis)), d.count(v(.casesLast)), d.change(this: v(.casesThis), last: v(.casesLast)),
            d.count(v(.referrals)), d.count(v(.assessments)),
            d.count(v(.cpThis)), d.count(v(.cpLast)), d.change(this: v(.cpThis), last: v(.cpLast)),
            d.count(v(.cpStarts)), d.count(v(.cpEnds)),
            d.count(v(.lacThis)), d.count(v(.lacLast)), d.change(this: v(.lacThis), last: v(.lacLast)),
            d.count(v(.uascThis)), d.count(v(.uascLast)), d.change(this: v(.uascThis), last: v(.uascLast)),
            d.count(v(.lacStarts)), d.count(v(.lacEnds)),
            d.count(v(.pfThis)), d.count(v(.pfLast)), d.change(this: v(.pfThis), last: v(.pfLast)),
        ]
    }

    static let activityHeadings = [
        "Caseloads this month", "Caseloads last month", "Caseloads change", "Referrals in month", "C&F assessments in month",
        "CP plans this month", "CP plans last month", "CP change", "CP starts in month", "CP ends in month",
        "LAC this month", "LAC last month", "LAC change", "UASC LAC this month", "UASC LAC last month", "UASC change",
        "LAC starts in month", "LAC ends in month", "PF cases this month", "PF cases last month", "PF change",
    ]

    private func monthText(_ d: Day) -> String { String(d.iso.prefix(7)) }

    @Sendable func activityPage(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let snap = try await caseload.snapshot()
        guard let month = requestedMonth(request, snap.county)! else {
            return renderer.error(.badRequest, heading: "Choose a month",
                                  message: "Enter the month as yyyy-mm, no later than \(monthText(snap.county.extractDate)).",
                                  identity: identity)
        }
        let table = await activityTable(snap, month: month)
        let d = Disclosure(for: identity.user.role)
        return renderer.page("activity", title: "Activity", [
            "month": monthText(month), "snapshot": table.snapshotDay.ukFormat, "previous": table.previousSnapshotDay.ukFormat,
            "suppressed": d.suppress, "headings": Self.activityHeadings,
            "rows": table.rows.map { r -> [String: Any] in
                let cls: String = switch r.unit { case .county: "unit-county"; case .area: "unit-area"; case .team: "unit-team" }
                return ["name": r.name, "rowClass": cls, "cells": Self.activityCells(r, d)]
            },
        ], identity: identity)
    }

    @Sendable func activityCSV(_ request: Request, _ context: HearthRequestContext, _ form: FormData) async throws -> Response {
        let identity = context.identity!
        let snap = try await caseload.snapshot()
        guard let month = requestedMonth(request, snap.county)! else {
            return renderer.error(.badRequest, heading: "Choose a month", message: "Enter the month as yyyy-mm.", identity: identity)
        }
        let table = await activityTable(snap, month: month)
        let d = Disclosure(for: identity.user.role)
        try await audit(.export, "activity.csv \(monthText(month))", request, context)
        let csv = CSV.render(header: ["unit", "name"] + Self.activityHeadings,
                             rows: table.rows.map { [$0.unit.key, $0.name] + Self.activityCells($0, d) })
        return csvResponse(csv, filename: "activity-\(monthText(month)).csv")
    }
}
